package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.data.AttestationConveyancePreference;
import com.yubico.webauthn.data.AuthenticatorAttachment;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import com.yubico.webauthn.data.UserVerificationRequirement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conformance API's JSON at the server's edge: option requests become typed requests or a {@link RefusedException}
 * naming the member; the library's options JSON becomes the API's answer (the options at top level beside status and
 * errorMessage). Result bodies are left to the library to read, but for the profile's name of the extension results.
 */
final class ConformanceJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonMapper TOLERANT = JsonMapper.builder().build();

    private ConformanceJson() {
    }

    /** ServerPublicKeyCredentialCreationOptionsRequest. */
    static CreationRequest creationRequest(byte[] body) {
        ObjectNode root = object(body);
        String username = requiredString(root, "username");
        if (username.isEmpty()) {
            throw new RefusedException("'username' must not be empty");
        }
        String displayName = requiredString(root, "displayName");
        ObjectNode selection = optionalObject(root, "authenticatorSelection");
        AttestationConveyancePreference attestation = optionalEnum(root, "attestation",
                AttestationConveyancePreference.values(), AttestationConveyancePreference::getValue);
        return new CreationRequest(username, displayName, selection == null ? null : selection(selection),
                attestation, optionalObject(root, "extensions"));
    }

    /** ServerPublicKeyCredentialGetOptionsRequest; a missing or empty username asks for a discoverable credential. */
    static GetRequest getRequest(byte[] body) {
        ObjectNode root = object(body);
        return new GetRequest(optionalString(root, "username"), optionalEnum(root, "userVerification",
                UserVerificationRequirement.values(), UserVerificationRequirement::getValue),
                optionalObject(root, "extensions"));
    }

    /**
     * A result body for the library's parser: the profile names the extension results {@code getClientExtensionResults},
     * WebAuthn's JSON {@code clientExtensionResults}. Anything else, well-formed or not, goes to the library unchanged.
     */
    static String resultBody(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = TOLERANT.readTree(text);
        } catch (JacksonException e) {
            return text;
        }
        if (node instanceof ObjectNode object && object.has("getClientExtensionResults")
                && !object.has("clientExtensionResults")) {
            ObjectNode copy = object.deepCopy();
            copy.set("clientExtensionResults", copy.remove("getClientExtensionResults"));
            return copy.toString();
        }
        return text;
    }

    /**
     * The answer to an options request: the {@code publicKey} member of the library's
     * {@code toCredentials{Create,Get}Json()} at top level, status "ok", and the request's extensions echoed beside
     * the ones the library set.
     */
    static ObjectNode optionsAnswer(String credentialsJson, ObjectNode requestedExtensions) {
        JsonNode publicKey = JSON.readTree(credentialsJson).path("publicKey");
        if (!(publicKey instanceof ObjectNode options)) {
            throw new IllegalStateException("the library's options JSON has no publicKey object: " + credentialsJson);
        }
        ObjectNode answer = ok();
        answer.setAll(options);
        if (requestedExtensions != null && !requestedExtensions.isEmpty()) {
            ObjectNode extensions = answer.withObject("extensions");
            requestedExtensions.properties().forEach(e -> {
                if (!extensions.has(e.getKey())) {
                    extensions.set(e.getKey(), e.getValue());
                }
            });
        }
        return answer;
    }

    static ObjectNode ok() {
        return JSON.createObjectNode().put("status", "ok").put("errorMessage", "");
    }

    static ObjectNode failed(String message) {
        return JSON.createObjectNode().put("status", "failed").put("errorMessage", message);
    }

    // WebAuthn L3 §5.4.4: residentKey wins; requireResidentKey speaks only when residentKey is absent
    private static AuthenticatorSelectionCriteria selection(ObjectNode selection) {
        ResidentKeyRequirement residentKey = optionalEnum(selection, "residentKey", ResidentKeyRequirement.values(),
                ResidentKeyRequirement::getValue);
        Boolean requireResidentKey = optionalBoolean(selection, "requireResidentKey");
        if (residentKey == null && requireResidentKey != null) {
            residentKey = requireResidentKey ? ResidentKeyRequirement.REQUIRED : ResidentKeyRequirement.DISCOURAGED;
        }
        AuthenticatorAttachment attachment = optionalEnum(selection, "authenticatorAttachment",
                AuthenticatorAttachment.values(), AuthenticatorAttachment::getValue);
        UserVerificationRequirement userVerification = optionalEnum(selection, "userVerification",
                UserVerificationRequirement.values(), UserVerificationRequirement::getValue);
        return AuthenticatorSelectionCriteria.builder()
                .authenticatorAttachment(Optional.ofNullable(attachment))
                .residentKey(residentKey)
                .userVerification(userVerification)
                .build();
    }

    private static ObjectNode object(byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new RefusedException("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new RefusedException("the body must be a JSON object");
        }
        return object;
    }

    private static String requiredString(ObjectNode node, String name) {
        String value = optionalString(node, name);
        if (value == null) {
            throw new RefusedException("'" + name + "' is required");
        }
        return value;
    }

    private static String optionalString(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new RefusedException("'" + name + "' must be a string, was " + value.getNodeType());
        }
        return value.asString();
    }

    private static Boolean optionalBoolean(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new RefusedException("'" + name + "' must be a boolean, was " + value.getNodeType());
        }
        return value.booleanValue();
    }

    private static ObjectNode optionalObject(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            throw new RefusedException("'" + name + "' must be an object, was " + value.getNodeType());
        }
        return object;
    }

    private static <E extends Enum<E>> E optionalEnum(ObjectNode node, String name, E[] values,
            Function<E, String> spelling) {
        String value = optionalString(node, name);
        if (value == null) {
            return null;
        }
        List<String> allowed = Arrays.stream(values).map(spelling).toList();
        return Arrays.stream(values).filter(v -> spelling.apply(v).equals(value)).findFirst()
                .orElseThrow(() -> new RefusedException("'" + name + "' must be one of " + allowed + ", was '" + value
                        + "'"));
    }
}
