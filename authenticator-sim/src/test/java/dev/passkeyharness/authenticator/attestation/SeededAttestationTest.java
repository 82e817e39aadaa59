package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.FIXED_CLOCK;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same seed and clock give byte-identical CA state and attestation objects, build after build. */
class SeededAttestationTest {

    /** Everything one seeded run produces: the CA state and one attestation object per format. */
    private record Run(AttestationCa.State caState, List<Bytes> attestationObjects) {
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
    void sameSeedAndClockGiveIdenticalBytes(long seed) {
        assertEquals(run(seed), run(seed));
    }

    @Test
    void differentSeedsGiveDifferentCas() {
        assertNotEquals(run(1).caState(), run(2).caState());
    }

    private static Run run(long seed) {
        AttestationCa ca = AttestationCa.create(new DeterministicRandom(seed, "ca"), FIXED_CLOCK);
        CredentialKeyPair key =
                KeyPairGeneration.generate(CoseAlgorithm.ES256, new DeterministicRandom(seed, "credential"));
        Registrations.Ceremony ceremony = Registrations.ceremony(new DeterministicRandom(seed, "client"));
        List<Bytes> objects = new ArrayList<>();
        for (AttestationFormat format : AttestationFormat.values()) {
            Bytes aaguid = format == AttestationFormat.FIDO_U2F ? AttestedCredentialData.ZERO_AAGUID : AAGUID;
            AuthenticatorData authData = Registrations.authData(key, aaguid);
            AttestationStatement statement = format.newStatementFormat(ca, VENDOR, FIXED_CLOCK).attest(new AttestationInput(
                    authData, ceremony.clientDataHash(), key, new DeterministicRandom(seed, "attestation")));
            objects.add(AttestationObject.encode(statement, authData.encode()));
        }
        return new Run(ca.state(), objects);
    }
}
