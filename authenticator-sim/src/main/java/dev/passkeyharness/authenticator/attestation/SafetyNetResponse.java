package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payload of a SafetyNet attestation response (WebAuthn L3 §8.5): the device integrity verdict the attestation
 * service signed, with the nonce binding it to one registration.
 *
 * @param nonce base64 of SHA-256(authenticatorData ‖ clientDataHash)
 * @param timestampMs when the service made the response, milliseconds since the epoch
 * @param apkPackageName the package of the app that asked (Google Play services for FIDO)
 * @param apkCertificateDigestSha256 base64 SHA-256 digests of the app's signing certificates
 * @param apkDigestSha256 base64 SHA-256 digest of the app's APK
 * @param ctsProfileMatch whether the device passed the Android compatibility profile
 * @param basicIntegrity whether the device passed the basic integrity checks
 */
public record SafetyNetResponse(
        String nonce,
        long timestampMs,
        String apkPackageName,
        List<String> apkCertificateDigestSha256,
        String apkDigestSha256,
        boolean ctsProfileMatch,
        boolean basicIntegrity) {

    public SafetyNetResponse {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(apkPackageName, "apkPackageName");
        apkCertificateDigestSha256 = List.copyOf(apkCertificateDigestSha256);
        Objects.requireNonNull(apkDigestSha256, "apkDigestSha256");
    }

    public SafetyNetResponse withNonce(String newNonce) {
        return new SafetyNetResponse(newNonce, timestampMs, apkPackageName, apkCertificateDigestSha256,
                apkDigestSha256, ctsProfileMatch, basicIntegrity);
    }

    public SafetyNetResponse withTimestampMs(long newTimestampMs) {
        return new SafetyNetResponse(nonce, newTimestampMs, apkPackageName, apkCertificateDigestSha256,
                apkDigestSha256, ctsProfileMatch, basicIntegrity);
    }

    public SafetyNetResponse withCtsProfileMatch(boolean newCtsProfileMatch) {
        return new SafetyNetResponse(nonce, timestampMs, apkPackageName, apkCertificateDigestSha256,
                apkDigestSha256, newCtsProfileMatch, basicIntegrity);
    }

    /** The payload as the JWS carries it: a JSON object in UTF-8, members in declaration order. */
    public byte[] toJson() {
        ObjectNode json = StrictJson.mapper().createObjectNode();
        json.put("nonce", nonce);
        json.put("timestampMs", timestampMs);
        json.put("apkPackageName", apkPackageName);
        apkCertificateDigestSha256.forEach(json.putArray("apkCertificateDigestSha256")::add);
        json.put("apkDigestSha256", apkDigestSha256);
        json.put("ctsProfileMatch", ctsProfileMatch);
        json.put("basicIntegrity", basicIntegrity);
        return StrictJson.mapper().writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
    }
}
