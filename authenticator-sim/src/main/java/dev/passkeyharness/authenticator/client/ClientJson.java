package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.json.StrictJson;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The client's one Jackson mapper and its strict readers for options JSON; every failure is a TypeError. */
final class ClientJson {

    private static final JsonMapper MAPPER = StrictJson.mapper();

    private ClientJson() {
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /**
     * The options object: the document itself, or its {@code publicKey} member (the CredentialCreationOptions form).
     * A FIDO2 conformance API response's {@code status} and {@code errorMessage} are checked and otherwise ignored.
     */
    static JsonNode optionsRoot(String json) throws WebAuthnClientException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw typeError("options are not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw typeError("options must be a JSON object");
        }
        JsonNode status = root.get("status");
        if (status != null && !(status.isString() && status.stringValue().equals("ok"))) {
            JsonNode message = root.get("errorMessage");
            throw typeError("the options response has status " + status + (message == null ? "" : ": " + message));
        }
        JsonNode wrapped = root.get("publicKey");
        if (wrapped != null) {
            if (!wrapped.isObject()) {
                throw typeError("publicKey must be an object");
            }
            return wrapped;
        }
        return root;
    }

    /** A member's value, or null when it is absent or JSON null. */
    static JsonNode member(JsonNode object, String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    static JsonNode requiredObject(JsonNode object, String name) throws WebAuthnClientException {
        JsonNode value = member(object, name);
        if (value == null) {
            throw typeError("missing member " + name);
        }
        if (!value.isObject()) {
            throw typeError(name + " must be an object");
        }
        return value;
    }

    static JsonNode optionalObject(JsonNode object, String name) throws WebAuthnClientException {
        return member(object, name) == null ? null : requiredObject(object, name);
    }

    static String requiredString(JsonNode object, String name) throws WebAuthnClientException {
        JsonNode value = member(object, name);
        if (value == null) {
            throw typeError("missing member " + name);
        }
        if (!value.isString()) {
            throw typeError(name + " must be a string");
        }
        return value.stringValue();
    }

    static String optionalString(JsonNode object, String name) throws WebAuthnClientException {
        return member(object, name) == null ? null : requiredString(object, name);
    }

    static Boolean optionalBoolean(JsonNode object, String name) throws WebAuthnClientException {
        JsonNode value = member(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw typeError(name + " must be a boolean");
        }
        return value.booleanValue();
    }

    static long requiredLong(JsonNode object, String name) throws WebAuthnClientException {
        JsonNode value = member(object, name);
        if (value == null) {
            throw typeError("missing member " + name);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw typeError(name + " must be an integer");
        }
        return value.longValue();
    }

    static List<JsonNode> requiredArray(JsonNode object, String name) throws WebAuthnClientException {
        JsonNode value = member(object, name);
        if (value == null) {
            throw typeError("missing member " + name);
        }
        if (!value.isArray()) {
            throw typeError(name + " must be an array");
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    static List<JsonNode> optionalArray(JsonNode object, String name) throws WebAuthnClientException {
        return member(object, name) == null ? List.of() : requiredArray(object, name);
    }

    static List<String> optionalStrings(JsonNode object, String name) throws WebAuthnClientException {
        if (member(object, name) == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : requiredArray(object, name)) {
            if (!item.isString()) {
                throw typeError(name + " must hold strings");
            }
            out.add(item.stringValue());
        }
        return out;
    }

    /** A required base64url member, returned as given; its decoding is checked (WebAuthn L3 §5.1.8 Base64URLString). */
    static String requiredBase64Url(JsonNode object, String name) throws WebAuthnClientException {
        String text = requiredString(object, name);
        decode(text, name);
        return text;
    }

    static Bytes decode(String base64Url, String name) throws WebAuthnClientException {
        try {
            return Bytes.fromBase64Url(base64Url);
        } catch (IllegalArgumentException e) {
            throw typeError(name + " is not base64url: " + e.getMessage());
        }
    }

    static WebAuthnClientException typeError(String message) {
        return new WebAuthnClientException(DomExceptionName.TypeError, message);
    }
}
