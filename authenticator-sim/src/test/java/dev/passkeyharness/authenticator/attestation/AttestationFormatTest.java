package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttestationFormatTest {

    @Test
    void cliNamesAndFmtIdentifiers() {
        assertEquals(List.of("none", "packed-self", "packed", "fido-u2f", "tpm", "android-key", "apple",
                "android-safetynet"), Arrays.stream(AttestationFormat.values()).map(AttestationFormat::cliName).toList());
        assertEquals(List.of("none", "packed", "packed", "fido-u2f", "tpm", "android-key", "apple",
                "android-safetynet"), Arrays.stream(AttestationFormat.values()).map(AttestationFormat::fmt).toList());
    }

    @ParameterizedTest
    @EnumSource(AttestationFormat.class)
    void fromCliNameRoundTripsAndBuildsTheMatchingStatementFormat(AttestationFormat format) {
        assertEquals(format, AttestationFormat.fromCliName(format.cliName()));
        assertEquals(format, format.newStatementFormat(CA, VENDOR, Clock.systemUTC()).format());
    }

    @Test
    void unknownCliNameNamesTheChoices() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AttestationFormat.fromCliName("tpm-ish"));
        assertEquals("unknown attestation format 'tpm-ish'; expected one of none, packed-self, packed, fido-u2f, tpm, "
                + "android-key, apple, android-safetynet", e.getMessage());
    }
}
