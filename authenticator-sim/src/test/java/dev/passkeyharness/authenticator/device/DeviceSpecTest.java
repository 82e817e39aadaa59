package dev.passkeyharness.authenticator.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceSpecTest {

    @Test
    void restrictingMakesTheAlgorithmEvenOneTheProfileDoesNotList() {
        DeviceSpec spec = DeviceSpec.of(Profiles.SECURITY_KEY).restrictedTo(CoseAlgorithm.RS1);

        assertEquals(List.of(CoseAlgorithm.RS1), spec.profile().algorithms());
    }

    @Test
    void restrictingToAListedAlgorithmRefusesOneTheProfileLacks() {
        DeviceSpecException e = assertThrows(DeviceSpecException.class,
                () -> DeviceSpec.of(Profiles.U2F_LEGACY).restrictedToListed(CoseAlgorithm.RS256));

        assertEquals(DeviceSpecException.Part.ALGORITHM, e.part());
        assertEquals("profile u2f-legacy does not support RS256", e.getMessage());
        assertEquals(List.of("ES256"), e.allowed());
    }

    @Test
    void theTypedModelAppliesAlgorithmAaguidAndAttestationInOrder() {
        Bytes aaguid = Bytes.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

        DeviceSpec spec = DeviceSpec.of(Profiles.ANDROID, Optional.of(CoseAlgorithm.RS256), Optional.of(aaguid),
                Optional.of(AttestationFormat.PACKED));

        assertEquals(Profiles.ANDROID.withAlgorithms(List.of(CoseAlgorithm.RS256)).withAaguid(aaguid)
                .withAttestation(AttestationFormat.PACKED), spec.profile());
    }

    @Test
    void aFreshSpecIsUnseededUntamperedAndApproving() {
        DeviceSpec spec = DeviceSpec.of(Profiles.APPLE);

        assertEquals(dev.passkeyharness.authenticator.user.SimulatedUser.APPROVE, spec.user());
        assertEquals(dev.passkeyharness.authenticator.tamper.TamperSet.NONE, spec.tamperings());
        assertEquals(java.util.OptionalLong.empty(), spec.seed());
        assertEquals(Optional.empty(), spec.attestationCa());
        assertEquals(Optional.empty(), spec.state());
    }
}
