package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SafetyNet response before it is signed: the certificate chain its header names and the payload. Signing gives
 * the JWS Compact Serialization (RFC 7515 §7.1) that attStmt.response holds (WebAuthn L3 §8.5).
 *
 * @param x5c the header's certificate chain (RFC 7515 §4.1.6), the signing certificate first, DER
 * @param payload the signed verdict
 */
public record SafetyNetJws(List<Bytes> x5c, SafetyNetResponse payload) {

    private static final Base64.Encoder SEGMENT = Base64.getUrlEncoder().withoutPadding();

    public SafetyNetJws {
        x5c = List.copyOf(x5c);
        Objects.requireNonNull(payload, "payload");
    }

    public SafetyNetJws withX5c(List<Bytes> newX5c) {
        return new SafetyNetJws(newX5c, payload);
    }

    public SafetyNetJws withPayload(SafetyNetResponse newPayload) {
        return new SafetyNetJws(x5c, newPayload);
    }

    /** base64url(header) . base64url(payload) . base64url(signature), signed with {@code key} (RFC 7515 §5.1). */
    public String sign(CredentialKeyPair key, SecureRandom random) {
        ObjectNode header = StrictJson.mapper().createObjectNode();
        header.put("alg", key.algorithm().jwaName());
        // RFC 7515 §4.1.6: x5c entries are base64 (not base64url) DER
        ArrayNode chain = header.putArray("x5c");
        x5c.forEach(c -> chain.add(Base64.getEncoder().encodeToString(c.toByteArray())));
        String signingInput = SEGMENT.encodeToString(
                StrictJson.mapper().writeValueAsString(header).getBytes(StandardCharsets.UTF_8))
                + "." + SEGMENT.encodeToString(payload.toJson());
        byte[] signature = Signatures.signJws(key, signingInput.getBytes(StandardCharsets.US_ASCII), random);
        return signingInput + "." + SEGMENT.encodeToString(signature);
    }
}
