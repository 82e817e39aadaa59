package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.RegistrationData;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoneAttestationTest {

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K") // webauthn4j lacks secp256k1
    void webauthn4jAcceptsNoneAttestation(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Registrations.Ceremony ceremony = Registrations.ceremony(new DeterministicRandom(1, "none"));
        NoneAttestation none = new NoneAttestation();

        AttestationStatement statement = none.attest(
                new AttestationInput(authData, ceremony.clientDataHash(), key, new DeterministicRandom(1, "a")));
        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), ceremony);

        assertEquals("none", statement.fmt());
        assertTrue(statement.attStmt().getKeys().isEmpty());
        assertEquals("none", data.getAttestationObject().getFormat());
    }
}
