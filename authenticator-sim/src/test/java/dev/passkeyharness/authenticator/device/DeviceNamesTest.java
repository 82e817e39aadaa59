package dev.passkeyharness.authenticator.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.device.DeviceSpecException.Part;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceNamesTest {

    @Test
    void resolvesEachKindOfName() {
        assertEquals(Profiles.ANDROID, DeviceNames.profile("android"));
        assertEquals(CoseAlgorithm.ES384, DeviceNames.algorithm("ES384"));
        assertEquals(AttestationFormat.PACKED_SELF, DeviceNames.attestation("packed-self"));
        assertEquals(SimulatedUser.NO_UV, DeviceNames.user("no-uv"));
        assertEquals(List.of(Tamperings.byName("signature.empty").orElseThrow()),
                DeviceNames.tamperings(List.of("signature.empty")).tamperings());
    }

    @Test
    void aModelFromNamesAppliesTheAlgorithmThenTheAttestation() {
        DeviceSpec spec = DeviceNames.spec("windows-hello", "ES256", "packed");

        assertEquals("windows-hello", spec.profile().name());
        assertEquals(List.of(CoseAlgorithm.ES256), spec.profile().algorithms());
        assertEquals(AttestationFormat.PACKED, spec.profile().attestation());
        assertEquals(Profiles.WINDOWS_HELLO.aaguid(), spec.profile().aaguid());
    }

    static Stream<Arguments> unknownNames() {
        return Stream.of(
                Arguments.of(Part.PROFILE, "toaster", "unknown profile 'toaster'; expected one of android, apple, "),
                Arguments.of(Part.ALGORITHM, "ES999", "unknown algorithm 'ES999'; expected one of ES256, "),
                Arguments.of(Part.ATTESTATION, "tpm2", "unknown attestation format 'tpm2'; expected one of none, "),
                Arguments.of(Part.METADATA_MODEL, "nope", "unknown metadata model 'nope'; expected one of "),
                Arguments.of(Part.TAMPERING, "authData.nope", "unknown tampering 'authData.nope'; expected one of "),
                Arguments.of(Part.USER, "maybe", "unknown user behaviour 'maybe' (approve, decline, no-uv)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownNames")
    void anUnknownNameIsRefusedNamingItAndTheAllowedOnes(Part part, String name, String messageStart) {
        DeviceSpecException e = assertThrows(DeviceSpecException.class, () -> resolve(part, name));

        assertEquals(part, e.part());
        assertEquals(name, e.value());
        assertFalse(e.allowed().contains(name), e.allowed().toString());
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertFalse(e.allowed().isEmpty());
    }

    @Test
    void anAttestationNoneOfTheAlgorithmsFitIsRefusedWithTheReason() {
        DeviceSpecException e = assertThrows(DeviceSpecException.class, () -> DeviceNames.spec("security-key", "ES384", "tpm"));

        assertEquals(Part.ATTESTATION, e.part());
        assertEquals("tpm", e.value());
        assertEquals("tpm attestation supports [RS256, ES256] only", e.getMessage());
        assertEquals(List.of(), e.allowed());
    }

    private static Object resolve(Part part, String name) {
        switch (part) {
            case PROFILE:
                return DeviceNames.profile(name);
            case ALGORITHM:
                return DeviceNames.algorithm(name);
            case ATTESTATION:
                return DeviceNames.attestation(name);
            case METADATA_MODEL:
                return DeviceNames.metadataModel(name);
            case TAMPERING:
                return DeviceNames.tamperings(List.of("signature.empty", name));
            default:
                return DeviceNames.user(name);
        }
    }
}
