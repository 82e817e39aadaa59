package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.json.StrictJson;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict parsing of the FIDO conformance API's option requests (Server Requirements and Transport Binding Profile
 * §7): a member of the wrong type or an unknown enum value is refused; unknown members are ignored.
 */
public final class ConformanceRequests {

    private static final Set<String> RESIDENT_KEY = Set.of("required", "preferred", "discouraged");
    private static final Set<String> ATTACHMENT = Set.of("platform", "cross-platform");
    private static final Set<String> ATTESTATION = Set.of("none", "indirect", "direct", "enterprise");
    private static final Set<String> USER_VERIFICATION = Set.of("required", "preferred", "discouraged");

    private ConformanceRequests() {
    }

    /** ServerPublicKeyCredentialCreationOptionsRequest. */
    public static CreationRequest creation(String json) throws ConformanceRequestException {
        ObjectNode root = parse(json);
        String username = requiredString(root, "username");
        if (username.isEmpty()) {
            throw new ConformanceRequestException("username", "must not be empty");
        }
        String displayName = requiredString(root, "displayName");
        String residentKey = "required";
        String attachment = null;
        UserVerification uv = null;
        ObjectNode selection = optionalObject(root, "authenticatorSelection");
        if (selection != null) {
            Boolean requireResidentKey = optionalBoolean(selection, "requireResidentKey");
            String rk = optionalEnum(selection, "residentKey", RESIDENT_KEY);
            // WebAuthn L3 §5.4.6: residentKey wins; requireResidentKey speaks only when residentKey is absent
            if (rk != null) {
                residentKey = rk;
            } else if (requireResidentKey != null) {
                residentKey = requireResidentKey ? "required" : "discouraged";
            }
            attachment = optionalEnum(selection, "authenticatorAttachment", ATTACHMENT);
            String uvValue = optionalEnum(selection, "userVerification", USER_VERIFICATION);
            uv = uvValue == null ? null : UserVerification.fromValue(uvValue);
        }
        String attestation = optionalEnum(root, "attestation", ATTESTATION);
        return new CreationRequest(username, displayName, residentKey, attachment, uv, attestation,
                optionalObject(root, "extensions"), List.of());
    }

    /** ServerPublicKeyCredentialGetOptionsRequest; an empty username asks for a discoverable ceremony. */
    public static AssertionRequest assertion(String json) throws ConformanceRequestException {
        ObjectNode root = parse(json);
        String username = optionalString(root, "username");
        String uvValue = optionalEnum(root, "userVerification", USER_VERIFICATION);
        return new AssertionRequest(username, uvValue == null ? null : UserVerification.fromValue(uvValue),
                optionalObject(root, "extensions"));
    }

    private static ObjectNode parse(String json) throws ConformanceRequestException {
        JsonNode node;
        try {
            node = StrictJson.mapper().readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw new ConformanceRequestException("", "not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ConformanceRequestException("", "the request must be a JSON object");
        }
        return object;
    }

    private static String requiredString(ObjectNode node, String name) throws ConformanceRequestException {
        String value = optionalString(node, name);
        if (value == null) {
            throw new ConformanceRequestException(name, "is required");
        }
        return value;
    }

    private static String optionalString(ObjectNode node, String name) throws ConformanceRequestException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new ConformanceRequestException(name, "must be a string, was " + value.getNodeType());
        }
        return value.asString();
    }

    private static String optionalEnum(ObjectNode node, String name, Set<String> allowed)
            throws ConformanceRequestException {
        String value = optionalString(node, name);
        if (value != null && !allowed.contains(value)) {
            throw new ConformanceRequestException(name, "must be one of " + allowed + ", was '" + value + "'");
        }
        return value;
    }

    private static Boolean optionalBoolean(ObjectNode node, String name) throws ConformanceRequestException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new ConformanceRequestException(name, "must be a boolean, was " + value.getNodeType());
        }
        return value.booleanValue();
    }

    private static ObjectNode optionalObject(ObjectNode node, String name) throws ConformanceRequestException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            throw new ConformanceRequestException(name, "must be an object, was " + value.getNodeType());
        }
        return object;
    }
}
