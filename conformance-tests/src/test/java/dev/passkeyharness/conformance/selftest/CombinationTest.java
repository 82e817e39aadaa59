package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationTest {

    @Test
    void everyProfileAlgorithmAndCompatibleFormat() {
        List<Combination> all = Combination.all();
        int expected = 0;
        for (AuthenticatorProfile p : Profiles.all()) {
            for (CoseAlgorithm alg : p.algorithms()) {
                for (AttestationFormat format : AttestationFormat.values()) {
                    expected += format.algorithms().isEmpty() || format.algorithms().contains(alg) ? 1 : 0;
                }
            }
        }
        assertEquals(expected, all.size());
        assertTrue(all.stream().filter(c -> c.attestation() == AttestationFormat.FIDO_U2F)
                .allMatch(c -> c.alg() == CoseAlgorithm.ES256));
        assertTrue(all.stream().filter(c -> c.attestation() == AttestationFormat.TPM)
                .allMatch(c -> c.alg() == CoseAlgorithm.ES256 || c.alg() == CoseAlgorithm.RS256));
        assertTrue(all.stream().anyMatch(c -> c.attestation() == AttestationFormat.TPM && c.alg() == CoseAlgorithm.RS256));
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

    @Test
    void everyCombinationIsAnAcceptedSignInAfterARegistrationAndOneSignIn() {
        for (Combination c : Combination.all()) {
            Check.Authentication check = c.check();
            assertEquals(CheckCeremony.AUTHENTICATION, check.ceremony(), c.label());
            assertEquals(Expectation.ACCEPTED, check.expected(), c.label());
            assertEquals(1, check.setup().signInsBefore(), c.label());
            assertEquals(c.baseProfile(), check.setup().profile(), c.label());
            assertEquals(c.alg(), check.setup().algorithm(), c.label());
            assertEquals(c.attestation(), check.setup().attestation(), c.label());
            assertEquals(c.label(), check.title());
        }
    }

    @Test
    void everyCombinationHasItsOwnCheckId() {
        List<Combination> all = Combination.all();
        assertEquals(all.size(), all.stream().map(c -> c.check().id()).distinct().count());
    }
}
