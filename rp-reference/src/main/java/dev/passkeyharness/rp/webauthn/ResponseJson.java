package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.json.StrictJson;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Strict reading of RegistrationResponseJSON and AuthenticationResponseJSON (WebAuthn L3 §5.1) at the edge. */
final class ResponseJson {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    private ResponseJson() {
    }

    /** The response document; refused unless it is a JSON object with a {@code response} object. */
    static ObjectNode parse(String json) throws CeremonyFailure {
        JsonNode node;
        try {
            node = StrictJson.mapper().readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            throw new CeremonyFailure(Rule.MALFORMED, "the response is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode root) || !(root.get("response") instanceof ObjectNode)) {
            throw new CeremonyFailure(Rule.MALFORMED, "the response must be an object with a response object");
        }
        return root;
    }

    static ObjectNode response(ObjectNode root) {
        return (ObjectNode) root.get("response");
    }

    /** A required string member. */
    static String string(ObjectNode node, String name) throws CeremonyFailure {
        JsonNode value = node.get(name);
        if (value == null || !value.isString()) {
            throw new CeremonyFailure(Rule.MALFORMED, name + " must be a string");
        }
        return value.asString();
    }

    /** A required base64url member, without padding (WebAuthn L3 §5.1 Base64URLString). */
    static byte[] base64Url(ObjectNode node, String name) throws CeremonyFailure {
        return decode(string(node, name), name);
    }

    static byte[] decode(String value, String name) throws CeremonyFailure {
        if (!BASE64URL.matcher(value).matches() || value.length() % 4 == 1) {
            throw new CeremonyFailure(Rule.MALFORMED, name + " is not unpadded base64url");
        }
        return Base64.getUrlDecoder().decode(value);
    }

    /** For values the RP stored itself. */
    static byte[] decodeUnchecked(String value) {
        return Base64.getUrlDecoder().decode(value);
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The challenge a response presents: C.challenge of its clientDataJSON (WebAuthn L3 §7.1 steps 5-6). */
    static String challenge(String json) throws CeremonyFailure {
        byte[] clientDataJSON = base64Url(response(parse(json)), "clientDataJSON");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(clientDataJSON)).toString();
        } catch (CharacterCodingException e) {
            throw new CeremonyFailure(Rule.MALFORMED, "clientDataJSON is not UTF-8");
        }
        JsonNode clientData;
        try {
            clientData = StrictJson.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new CeremonyFailure(Rule.MALFORMED, "clientDataJSON is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(clientData instanceof ObjectNode object)) {
            throw new CeremonyFailure(Rule.MALFORMED, "clientDataJSON is not a JSON object");
        }
        JsonNode challenge = object.get("challenge");
        if (challenge == null || !challenge.isString()) {
            throw new CeremonyFailure(Rule.CHALLENGE, "clientDataJSON has no challenge");
        }
        return challenge.asString();
    }

    /** response.transports, in the order given; absent is empty. */
    static List<String> transports(ObjectNode response) throws CeremonyFailure {
        JsonNode value = response.get("transports");
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (!value.isArray()) {
            throw new CeremonyFailure(Rule.MALFORMED, "transports must be an array");
        }
        for (JsonNode t : value) {
            if (!t.isString()) {
                throw new CeremonyFailure(Rule.MALFORMED, "transports must hold strings");
            }
            out.add(t.asString());
        }
        return out;
    }

    /** id and rawId must both name {@code credentialId} (WebAuthn L3 §5.1 PublicKeyCredential). */
    static void requireCredentialId(ObjectNode root, String credentialId) throws CeremonyFailure {
        String id = string(root, "id");
        JsonNode rawId = root.get("rawId");
        if (!id.equals(credentialId) || rawId != null && !credentialId.equals(rawId.asString())) {
            throw new CeremonyFailure(Rule.CREDENTIAL_ID_MISMATCH,
                    "id " + id + " does not name the credential " + credentialId);
        }
    }
}
