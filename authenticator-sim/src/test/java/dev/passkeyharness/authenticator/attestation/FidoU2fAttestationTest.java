package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.verifier.exception.BadSignatureException;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FidoU2fAttestationTest {

    private static final Registrations.Ceremony CEREMONY = Registrations.ceremony(new DeterministicRandom(9, "u2f"));

    @Test
    void webauthn4jAcceptsU2fAttestationChainedToOurRoot() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        // WebAuthn L3 §8.6: a U2F authenticator has no AAGUID, so attested credential data carries zeros
        AuthenticatorData authData = Registrations.authData(key, AttestedCredentialData.ZERO_AAGUID);
        AttestationStatement statement = attest(authData, key, CEREMONY.clientDataHash());

        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);

        assertEquals("fido-u2f", data.getAttestationObject().getFormat());
        assertNull(statement.attStmt().get(Cbor.text("alg")));
        Array x5c = (Array) statement.attStmt().get(Cbor.text("x5c"));
        assertEquals(1, x5c.getDataItems().size());
        Bytes leaf = Bytes.of(((ByteString) x5c.getDataItems().get(0)).getBytes());
        assertNull(Registrations.x509(leaf).getExtensionValue(AttestationCa.ID_FIDO_GEN_CE_AAGUID.getId()));
    }

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = "ES256", mode = EnumSource.Mode.EXCLUDE)
    void credentialsOtherThanEs256AreRefused(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AttestedCredentialData.ZERO_AAGUID);

        assertThrows(IllegalArgumentException.class, () -> attest(authData, key, CEREMONY.clientDataHash()));
    }

    @Test
    void publicKeyU2fIsTheUncompressedPointOfTheCoseKey() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        byte[] spki = key.subjectPublicKeyInfo().toByteArray();

        Bytes point = FidoU2fAttestation.publicKeyU2f(key.coseKey());

        assertEquals(65, point.length());
        // A P-256 SubjectPublicKeyInfo ends with the same 65-byte uncompressed point
        assertArrayEquals(Arrays.copyOfRange(spki, spki.length - 65, spki.length), point.toByteArray());
    }

    @Test
    void signatureOverOtherClientDataFailsVerification() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AttestedCredentialData.ZERO_AAGUID);
        Bytes otherHash = Registrations.ceremony(new DeterministicRandom(10, "other")).clientDataHash();
        AttestationStatement statement = attest(authData, key, otherHash);

        assertThrows(BadSignatureException.class,
                () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
    }

    private static AttestationStatement attest(
            AuthenticatorData authData, CredentialKeyPair key, Bytes clientDataHash) {
        return new FidoU2fAttestation(CA, VENDOR)
                .attest(new AttestationInput(authData, clientDataHash, key, new DeterministicRandom(12, "u")));
    }
}
