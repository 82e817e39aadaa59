package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationTest {

    @Test
    void everyProfileAlgorithmAndCompatibleFormat() {
        List<Combination> all = Combination.all();
        int expected = 0;
        for (AuthenticatorProfile p : Profiles.all()) {
            for (CoseAlgorithm alg : p.algorithms()) {
                expected += alg == CoseAlgorithm.ES256 ? AttestationFormat.values().length
                        : AttestationFormat.values().length - 1;
            }
        }
        assertEquals(expected, all.size());
        assertTrue(all.stream().filter(c -> c.attestation() == AttestationFormat.FIDO_U2F)
                .allMatch(c -> c.alg() == CoseAlgorithm.ES256));
        assertEquals(all.size(), all.stream().map(Combination::label).distinct().count());
    }

    @Test
    void everyCombinationMakesAValidProfile() {
        for (Combination c : Combination.all()) {
            AuthenticatorProfile profile = c.profile();
            assertEquals(List.of(c.alg()), profile.algorithms(), c.label());
            assertEquals(c.attestation(), profile.attestation(), c.label());
        }
    }
}
