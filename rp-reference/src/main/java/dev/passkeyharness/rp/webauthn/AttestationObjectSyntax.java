package dev.passkeyharness.rp.webauthn;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The CBOR types of the attestation object's members (WebAuthn L3 §6.5.4) and of each format's attStmt members
 * (§8.2-§8.8), checked on the decoded CBOR before webauthn4j reads it: its Jackson mapping reads a text string where
 * bytes belong as base64 and would accept {@code sig: "MEUCIQ…"} as the signature it encodes.
 */
final class AttestationObjectSyntax {

    /** What a member must be. Only present members are checked; a missing one is the format verifier's to refuse. */
    private enum Kind {
        BYTES("a byte string"), INTEGER("an integer"), TEXT("a text string"), BYTES_ARRAY("an array of byte strings");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean matches(JsonNode node) {
            return switch (this) {
                case BYTES -> node.isBinary();
                case INTEGER -> node.isIntegralNumber();
                case TEXT -> node.isString();
                case BYTES_ARRAY -> node.isArray() && node.valueStream().allMatch(JsonNode::isBinary);
            };
        }
    }

    private static final Map<String, Map<String, Kind>> STATEMENT_MEMBERS = Map.of(
            "packed", Map.of("alg", Kind.INTEGER, "sig", Kind.BYTES, "x5c", Kind.BYTES_ARRAY),              // §8.2
            "tpm", Map.of("ver", Kind.TEXT, "alg", Kind.INTEGER, "x5c", Kind.BYTES_ARRAY, "sig", Kind.BYTES,
                    "certInfo", Kind.BYTES, "pubArea", Kind.BYTES),                                            // §8.3
            "android-key", Map.of("alg", Kind.INTEGER, "sig", Kind.BYTES, "x5c", Kind.BYTES_ARRAY),         // §8.4
            "android-safetynet", Map.of("ver", Kind.TEXT, "response", Kind.BYTES),                           // §8.5
            "fido-u2f", Map.of("sig", Kind.BYTES, "x5c", Kind.BYTES_ARRAY),                                  // §8.6
            "none", Map.of(),                                                                                // §8.7
            "apple", Map.of("x5c", Kind.BYTES_ARRAY));                                                       // §8.8

    private AttestationObjectSyntax() {
    }

    /** Refuses an attestation object of a supported {@code fmt} whose authData or attStmt members have the wrong type. */
    static void check(JsonNode attestationObject, String fmt) throws CeremonyFailure {
        JsonNode authData = attestationObject.get("authData");
        if (authData != null && !authData.isBinary()) {
            // WebAuthn L3 §6.5.4: authData is a byte string
            throw new CeremonyFailure(Rule.MALFORMED, "attestationObject.authData must be a byte string, got "
                    + kind(authData));
        }
        JsonNode statement = attestationObject.get("attStmt");
        if (statement == null) {
            return;
        }
        if (!statement.isObject()) {
            throw new CeremonyFailure(Rule.ATTESTATION_STATEMENT, "attStmt must be a map, got " + kind(statement));
        }
        for (Map.Entry<String, Kind> member : STATEMENT_MEMBERS.getOrDefault(fmt, Map.of()).entrySet()) {
            JsonNode value = statement.get(member.getKey());
            if (value != null && !member.getValue().matches(value)) {
                throw new CeremonyFailure(Rule.ATTESTATION_STATEMENT, fmt + " attStmt." + member.getKey() + " must be "
                        + member.getValue().description + ", got " + kind(value));
            }
        }
    }

    private static String kind(JsonNode node) {
        if (node.isBinary()) {
            return "a byte string";
        }
        if (node.isString()) {
            return "a text string";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.isObject() ? "a map" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
