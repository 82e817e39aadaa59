package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For many seeds: a seeded register + sign-in verifies, and the same seed gives the same bytes. */
class SeededRunPropertyTest {

    private static final int SEEDS = 200;

    /** The JSON a seeded run sends: registration then one sign-in. */
    private record Transcript(String registration, String authentication) {
    }

    @Test
    void everySeedVerifiesAndRepeatsByteForByte() throws Exception {
        List<CoseAlgorithm> algorithms = List.of(CoseAlgorithm.values());
        String previous = null;
        for (long seed = 1; seed <= SEEDS; seed++) {
            // RSA key generation is slow: every 20th seed uses an RSA algorithm, the rest cycle the EC and EdDSA ones
            CoseAlgorithm alg = seed % 20 == 0
                    ? (seed % 40 == 0 ? CoseAlgorithm.RS256 : CoseAlgorithm.PS256)
                    : algorithms.get((int) (seed % 4));
            Transcript first = run(seed, alg, true);
            Transcript second = run(seed, alg, false);
            assertEquals(first, second, "seed " + seed + " must repeat exactly");
            assertNotEquals(previous, first.registration(), "different seeds give different credentials");
            previous = first.registration();
        }
    }

    private static Transcript run(long seed, CoseAlgorithm alg, boolean verify) throws Exception {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().profile(Profiles.SECURITY_KEY).seed(seed).build();
        SelfTestOptions options = new SelfTestOptions(new DeterministicRandom(seed, "relying-party"));
        WebAuthnClient client = WebAuthnClient.of(authenticator, SelfTestOptions.ORIGIN);
        SelfTestOptions.Issued creation = options.creation(alg);
        String registration = client.create(creation.json()).toJson();
        VerifiedCredential credential = null;
        InProcessVerifier verifier = null;
        if (verify) {
            verifier = new InProcessVerifier(SelfTestOptions.RP_ID, SelfTestOptions.ORIGIN,
                    authenticator.attestationCa().rootCertificate());
            credential = verifier.verifyRegistration(registration, creation.challenge());
        }
        SelfTestOptions.Issued request = options.request(credentialIdOf(authenticator));
        String authentication = client.get(request.json()).toJson();
        if (verify) {
            assertEquals(1, verifier.verifyAuthentication(authentication, request.challenge(), credential));
        }
        return new Transcript(registration, authentication);
    }

    private static dev.passkeyharness.authenticator.data.Bytes credentialIdOf(Ctap2Authenticator authenticator) {
        return authenticator.state().store().all().get(0).credentialId();
    }
}
