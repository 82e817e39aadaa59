package dev.passkeyharness.rp.webauthn;

import static dev.passkeyharness.rp.webauthn.Assertions2.accepted;
import static dev.passkeyharness.rp.webauthn.Assertions2.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.Passkey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Registration and two sign-ins per profile, verified by the RP with real authenticator output. */
class CeremonyAcceptanceTest {

    @Test
    void securityKeyWithTrustedPackedAttestationRegistersAndSignsInTwice() throws Exception {
        AttestationCa ca = Device.ca(11);
        TestRp rp = new TestRp(TestRp.defaultPolicy().withTrustedAttestation(List.of(Device.root(ca))));
        Device device = Device.of(Profiles.SECURITY_KEY, 1, ca);
        Account alice = rp.account("alice@example.com");

        RegistrationResult.Accepted reg = accepted(rp.register(device.client(), alice));
        assertEquals("packed", reg.attestationFormat());
        assertFalse(reg.backupEligible());
        AuthenticationResult.Accepted first = accepted(rp.signIn(device.client(), alice));
        AuthenticationResult.Accepted second = accepted(rp.signIn(device.client(), alice));
        assertEquals(alice.id(), second.accountId());
        assertTrue(second.passkey().signCount() > first.passkey().signCount());
        assertTrue(first.passkey().signCount() > 0);
    }

    /** The legacy android-safetynet format, its JWS chained to the simulator's root the RP trusts (WebAuthn L3 §8.5). */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "RS256"})
    void androidWithTrustedSafetyNetAttestationRegistersAndSignsIn(CoseAlgorithm algorithm) throws Exception {
        AttestationCa ca = Device.ca(14);
        TestRp rp = new TestRp(TestRp.defaultPolicy().withTrustedAttestation(List.of(Device.root(ca))));
        Device device = Device.of(Profiles.ANDROID.withAlgorithms(List.of(algorithm))
                .withAttestation(AttestationFormat.ANDROID_SAFETYNET), 4, ca);
        Account erin = rp.account("erin@example.com");

        RegistrationResult.Accepted reg = accepted(rp.register(device.client(), erin));
        assertEquals("android-safetynet", reg.attestationFormat());
        assertEquals(erin.id(), accepted(rp.signIn(device.client(), erin)).accountId());
        TestRp otherRoot = new TestRp(TestRp.defaultPolicy().withTrustedAttestation(List.of(Device.root(Device.ca(15)))));
        rejected(Rule.ATTESTATION_UNTRUSTED, otherRoot.register(device.client(), otherRoot.account("erin@example.com")));
    }

    @Test
    void platformSyncedPasskeyWithNoneAttestationSignsInDiscoverably() throws Exception {
        TestRp rp = new TestRp(TestRp.defaultPolicy());
        Device device = Device.of(Profiles.PLATFORM_SYNCED, 2, Device.ca(12));
        Account bob = rp.account("bob@example.com");

        RegistrationResult.Accepted reg = accepted(rp.register(device.client(), bob));
        assertEquals("none", reg.attestationFormat());
        assertTrue(reg.backupEligible());
        assertTrue(reg.backupState());
        assertEquals(0, reg.signCount());
        for (int i = 0; i < 2; i++) {
            AuthenticationResult.Accepted signedIn = accepted(rp.signIn(device.client(), null));
            assertEquals(bob.id(), signedIn.accountId());
            assertEquals(0, signedIn.passkey().signCount());
            assertTrue(signedIn.passkey().lastUsedAt() != null);
        }
    }

    @Test
    void u2fLegacyKeyRegistersWithFidoU2fAttestationAndSignsInUsernameFirst() throws Exception {
        TestRp rp = new TestRp(TestRp.defaultPolicy());
        Device device = Device.of(Profiles.U2F_LEGACY, 3, Device.ca(13));
        Account carol = rp.account("carol@example.com");
        CreationRequest nonDiscoverable = new CreationRequest(carol.username(), carol.displayName(), "discouraged",
                null, null, null, null, List.of());

        RegistrationResult.Accepted reg = accepted(rp.register(device.client(), carol, nonDiscoverable));
        assertEquals("fido-u2f", reg.attestationFormat());
        accepted(rp.signIn(device.client(), carol));
        accepted(rp.signIn(device.client(), carol));
    }

    @Test
    void discoverableAndUsernameFirstSignInFindTheSameAccount() throws Exception {
        TestRp rp = new TestRp(TestRp.defaultPolicy());
        Device device = Device.of(Profiles.SECURITY_KEY, 4, Device.ca(14));
        Account dave = rp.account("dave@example.com");
        rp.account("someone-else@example.com");
        accepted(rp.register(device.client(), dave));

        assertEquals(dave.id(), accepted(rp.signIn(device.client(), null)).accountId());
        assertEquals(dave.id(), accepted(rp.signIn(device.client(), dave)).accountId());
        Passkey stored = rp.passkeysOf(dave).get(0);
        assertTrue(stored.uvInitialized());
    }
}
