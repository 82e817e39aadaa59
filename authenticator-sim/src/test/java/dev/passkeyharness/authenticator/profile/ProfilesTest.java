package dev.passkeyharness.authenticator.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void platformPresetsCarryTheirAttestationFormats() {
        assertEquals(AttestationFormat.TPM, Profiles.byName("windows-hello").orElseThrow().attestation());
        assertEquals(List.of(CoseAlgorithm.RS256), Profiles.WINDOWS_HELLO.algorithms());
        assertEquals("platform", Profiles.WINDOWS_HELLO.attachment());
        assertEquals(AttestationFormat.ANDROID_KEY, Profiles.byName("android").orElseThrow().attestation());
        assertEquals(AttestationFormat.APPLE, Profiles.byName("apple").orElseThrow().attestation());
        assertEquals("platform", Profiles.APPLE.attachment());
    }

    @Test
    void switchingAttestationKeepsTheAlgorithmsTheFormatCanAttest() {
        assertEquals(List.of(CoseAlgorithm.ES256, CoseAlgorithm.RS256),
                Profiles.SECURITY_KEY.withAttestation(AttestationFormat.TPM).algorithms());
        assertEquals(List.of(CoseAlgorithm.ES256),
                Profiles.SECURITY_KEY.withAttestation(AttestationFormat.APPLE).algorithms());
        assertEquals(Profiles.COMMON_ALGORITHMS,
                Profiles.SECURITY_KEY.withAttestation(AttestationFormat.PACKED).algorithms());
    }

    @Test
    void aFormatThatCannotAttestAnyOfTheAlgorithmsIsRefused() {
        AuthenticatorProfile es384 = Profiles.SECURITY_KEY.withAlgorithms(List.of(CoseAlgorithm.ES384));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> es384.withAttestation(AttestationFormat.TPM));
        assertEquals("tpm attestation supports [RS256, ES256] only", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Profiles.APPLE.withAlgorithms(List.of(CoseAlgorithm.RS256)));
    }

    @Test
    void securityKeysHaveFewDiscoverableSlotsAndPlatformsMany() {
        assertEquals(25, Profiles.SECURITY_KEY.discoverableCredentialCapacity());
        assertEquals(0, Profiles.U2F_LEGACY.discoverableCredentialCapacity());
        for (AuthenticatorProfile platform : List.of(Profiles.PLATFORM_SYNCED, Profiles.WINDOWS_HELLO, Profiles.ANDROID,
                Profiles.APPLE)) {
            assertEquals(1000, platform.discoverableCredentialCapacity(), platform.name());
        }
        assertThrows(IllegalArgumentException.class, () -> Profiles.SECURITY_KEY.withDiscoverableCredentialCapacity(-1));
    }
}
