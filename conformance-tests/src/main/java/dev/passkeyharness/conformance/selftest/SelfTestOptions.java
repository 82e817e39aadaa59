package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.json.StrictJson;
import java.security.SecureRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The options JSON the self-test's RP sends (WebAuthn L3 §5.1.8–5.1.9, JSON form), each with a fresh 32-byte
 * challenge, for the RP ID example.com at the origin https://example.com.
 */
public final class SelfTestOptions {

    public static final String RP_ID = "example.com";
    public static final String ORIGIN = "https://example.com";
    private static final long TIMEOUT_MS = 60_000;

    /** Options JSON with the challenge it carries, which the verifier then expects. */
    public record Issued(String json, Bytes challenge) {
    }

    private final JsonMapper json = StrictJson.mapper();
    private final SecureRandom random;

    public SelfTestOptions(SecureRandom random) {
        this.random = random;
    }

    /** PublicKeyCredentialCreationOptionsJSON offering only {@code alg}, asking for direct attestation. */
    public Issued creation(CoseAlgorithm alg) {
        Bytes challenge = randomBytes(32);
        ObjectNode root = json.createObjectNode();
        root.putObject("rp").put("id", RP_ID).put("name", "passkey-harness self-test");
        root.putObject("user").put("id", randomBytes(16).base64Url()).put("name", "selftest@example.com")
                .put("displayName", "Self Test");
        root.put("challenge", challenge.base64Url());
        root.putArray("pubKeyCredParams").addObject().put("type", "public-key").put("alg", alg.coseId());
        root.put("timeout", TIMEOUT_MS);
        root.putArray("excludeCredentials");
        root.putObject("authenticatorSelection").put("residentKey", "discouraged").put("userVerification", "preferred");
        root.put("attestation", "direct");
        return new Issued(json.writeValueAsString(root), challenge);
    }

    /** PublicKeyCredentialRequestOptionsJSON allowing only the given credential. */
    public Issued request(Bytes credentialId) {
        Bytes challenge = randomBytes(32);
        ObjectNode root = json.createObjectNode();
        root.put("challenge", challenge.base64Url());
        root.put("timeout", TIMEOUT_MS);
        root.put("rpId", RP_ID);
        root.putArray("allowCredentials").addObject().put("type", "public-key").put("id", credentialId.base64Url());
        root.put("userVerification", "preferred");
        return new Issued(json.writeValueAsString(root), challenge);
    }

    private Bytes randomBytes(int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return Bytes.of(out);
    }
}
