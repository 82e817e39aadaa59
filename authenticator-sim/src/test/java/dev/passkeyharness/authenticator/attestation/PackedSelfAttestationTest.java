package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.webauthn4j.verifier.exception.BadSignatureException;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackedSelfAttestationTest {

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K") // webauthn4j lacks secp256k1
    void webauthn4jAcceptsSelfAttestation(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Registrations.Ceremony ceremony = Registrations.ceremony(new DeterministicRandom(2, "self"));
        AttestationStatement statement = new PackedSelfAttestation().attest(
                new AttestationInput(authData, ceremony.clientDataHash(), key, new DeterministicRandom(2, "a")));

        Registrations.verify(AttestationObject.encode(statement, authData.encode()), ceremony);

        assertEquals("packed", statement.fmt());
        // WebAuthn L3 §8.2: self attestation has alg = the credential's algorithm and no x5c
        assertEquals(algorithm.coseId(), Cbor.longValue(statement.attStmt().get(Cbor.text("alg"))));
        assertNull(statement.attStmt().get(Cbor.text("x5c")));
    }

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K") // webauthn4j lacks secp256k1
    void signatureOverOtherClientDataFailsVerification(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Registrations.Ceremony ceremony = Registrations.ceremony(new DeterministicRandom(3, "self"));
        Bytes otherHash = Registrations.ceremony(new DeterministicRandom(4, "other")).clientDataHash();
        AttestationStatement statement = new PackedSelfAttestation()
                .attest(new AttestationInput(authData, otherHash, key, new DeterministicRandom(3, "a")));
        Bytes attestationObject = AttestationObject.encode(statement, authData.encode());

        assertThrows(BadSignatureException.class, () -> Registrations.verify(attestationObject, ceremony));
    }
}
