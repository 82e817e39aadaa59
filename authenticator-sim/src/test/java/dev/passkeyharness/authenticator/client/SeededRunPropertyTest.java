package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For many seeds: a seeded register + sign-in through the client gives the same bytes for the same seed. */
class SeededRunPropertyTest {

    private static final int SEEDS = 200;

    /** The JSON a seeded run sends: registration then one sign-in. */
    private record Transcript(String registration, String authentication) {
    }

    @Test
    void everySeedRepeatsByteForByte() throws Exception {
        List<CoseAlgorithm> algorithms = List.of(CoseAlgorithm.values());
        String previous = null;
        for (long seed = 1; seed <= SEEDS; seed++) {
            // RSA key generation is slow: every 20th seed uses an RSA algorithm, the rest cycle the EC and EdDSA ones
            CoseAlgorithm alg = seed % 20 == 0
                    ? (seed % 40 == 0 ? CoseAlgorithm.RS256 : CoseAlgorithm.PS256)
                    : algorithms.get((int) (seed % 4));
            Transcript first = run(seed, alg);
            Transcript second = run(seed, alg);
            assertEquals(first, second, "seed " + seed + " must repeat exactly");
            assertNotEquals(previous, first.registration(), "different seeds give different credentials");
            previous = first.registration();
        }
    }

    private static Transcript run(long seed, CoseAlgorithm alg) throws Exception {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().profile(Profiles.SECURITY_KEY).seed(seed).build();
        DeterministicRandom rp = new DeterministicRandom(seed, "relying-party");
        WebAuthnClient client = WebAuthnClient.of(authenticator, "https://example.com");
        String registration = client.create(creation(alg, random(rp, 32), random(rp, 16))).toJson();
        Bytes credentialId = authenticator.state().store().all().get(0).credentialId();
        String authentication = client.get(request(credentialId, random(rp, 32))).toJson();
        return new Transcript(registration, authentication);
    }

    private static String creation(CoseAlgorithm alg, Bytes challenge, Bytes userId) {
        return """
                {"rp":{"id":"example.com","name":"Example"},
                 "user":{"id":"%s","name":"alice@example.com","displayName":"Alice"},
                 "challenge":"%s",
                 "pubKeyCredParams":[{"type":"public-key","alg":%d}],
                 "timeout":60000,
                 "authenticatorSelection":{"residentKey":"discouraged","userVerification":"preferred"},
                 "attestation":"direct"}
                """.formatted(userId.base64Url(), challenge.base64Url(), alg.coseId());
    }

    private static String request(Bytes credentialId, Bytes challenge) {
        return """
                {"challenge":"%s","timeout":60000,"rpId":"example.com",
                 "allowCredentials":[{"type":"public-key","id":"%s"}],"userVerification":"preferred"}
                """.formatted(challenge.base64Url(), credentialId.base64Url());
    }

    private static Bytes random(DeterministicRandom random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return Bytes.of(out);
    }
}
