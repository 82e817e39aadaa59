package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.CertificateException;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackedAttestationTest {

    private static final Registrations.Ceremony CEREMONY =
            Registrations.ceremony(new DeterministicRandom(5, "packed"));

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K") // webauthn4j lacks secp256k1
    void webauthn4jAcceptsFullAttestationChainedToOurRoot(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = attest(new PackedAttestation(CA, VENDOR), authData, key,
                CEREMONY.clientDataHash(), UnaryOperator.identity());

        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);

        assertEquals("packed", data.getAttestationObject().getFormat());
        // WebAuthn L3 §8.2: alg is the attestation key's algorithm, x5c = [leaf, intermediate]
        assertEquals(CoseAlgorithm.ES256.coseId(), Cbor.longValue(statement.attStmt().get(Cbor.text("alg"))));
        Array x5c = (Array) statement.attStmt().get(Cbor.text("x5c"));
        assertEquals(2, x5c.getDataItems().size());
        assertEquals(CA.intermediateCertificate(), Bytes.of(((ByteString) x5c.getDataItems().get(1)).getBytes()));
    }

    @Test
    void repeatedRegistrationsReuseOneBatchCertificatePerAaguid() {
        PackedAttestation packed = new PackedAttestation(CA, VENDOR);
        CredentialKeyPair first = Registrations.credentialKey(CoseAlgorithm.ES256);
        CredentialKeyPair second = Registrations.credentialKey(CoseAlgorithm.ES384);
        Bytes otherAaguid = Bytes.fromHex("00112233445566778899aabbccddeeff");

        Bytes leafA = leaf(attest(packed, Registrations.authData(first, AAGUID), first, CEREMONY.clientDataHash(),
                UnaryOperator.identity()));
        Bytes leafB = leaf(attest(packed, Registrations.authData(second, AAGUID), second, CEREMONY.clientDataHash(),
                UnaryOperator.identity()));
        Bytes leafOther = leaf(attest(packed, Registrations.authData(first, otherAaguid), first,
                CEREMONY.clientDataHash(), UnaryOperator.identity()));

        assertEquals(leafA, leafB);
        assertNotEquals(leafA, leafOther);
    }

    @Test
    void tamperedSpecGetsAFreshCertificateThatWebauthn4jRejects() {
        PackedAttestation packed = new PackedAttestation(CA, VENDOR);
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Bytes batchLeaf = leaf(attest(packed, authData, key, CEREMONY.clientDataHash(), UnaryOperator.identity()));

        AttestationStatement tampered = attest(packed, authData, key, CEREMONY.clientDataHash(),
                spec -> spec.withOrganizationalUnit("Authenticator"));

        assertNotEquals(batchLeaf, leaf(tampered));
        // WebAuthn L3 §8.2.1: subject OU must be "Authenticator Attestation"
        assertThrows(CertificateException.class,
                () -> Registrations.verify(AttestationObject.encode(tampered, authData.encode()), CEREMONY));
    }

    @Test
    void certificateAaguidThatDiffersFromAuthenticatorDataIsRejected() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement tampered = attest(new PackedAttestation(CA, VENDOR), authData, key,
                CEREMONY.clientDataHash(),
                spec -> spec.withAaguidExtension(Bytes.fromHex("00112233445566778899aabbccddeeff")));

        // WebAuthn L3 §8.2 verification: the certificate's AAGUID must match authenticatorData's
        assertThrows(BadAttestationStatementException.class,
                () -> Registrations.verify(AttestationObject.encode(tampered, authData.encode()), CEREMONY));
    }

    @Test
    void signatureOverOtherClientDataFailsVerification() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Bytes otherHash = Registrations.ceremony(new DeterministicRandom(6, "other")).clientDataHash();
        AttestationStatement statement =
                attest(new PackedAttestation(CA, VENDOR), authData, key, otherHash, UnaryOperator.identity());

        assertThrows(BadSignatureException.class,
                () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
    }

    @Test
    void theRootInX5cIsCarriedAfterTheIntermediate() {
        Array x5c = chainFaulted(PackedAttestation.ChainFault.ROOT_INCLUDED);
        assertEquals(3, x5c.getDataItems().size());
        assertEquals(CA.rootCertificate(), Bytes.of(((ByteString) x5c.getDataItems().get(2)).getBytes()));
    }

    @Test
    void anExpiredIntermediateCertifiesTheSameKeyButHasExpiredAndIsRefused() throws Exception {
        Array x5c = chainFaulted(PackedAttestation.ChainFault.INTERMEDIATE_EXPIRED);
        X509Certificate expired = x509(Bytes.of(((ByteString) x5c.getDataItems().get(1)).getBytes()));
        X509Certificate intermediate = x509(CA.intermediateCertificate());
        X509Certificate root = x509(CA.rootCertificate());

        assertEquals(intermediate.getPublicKey(), expired.getPublicKey());
        expired.verify(root.getPublicKey());
        assertTrue(expired.getNotAfter().before(root.getNotBefore()), expired.getNotAfter().toString());
        assertThrows(CertificateExpiredException.class, expired::checkValidity);
    }

    @Test
    void sigByTheCredentialKeyVerifiesWithItAndNotWithTheLeafAndIsRefused() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = new PackedAttestation(CA, VENDOR).attest(new AttestationInput(authData,
                CEREMONY.clientDataHash(), key, new DeterministicRandom(8, "p"), null, null,
                edits(PackedAttestation.ChainFault.SIGNED_BY_CREDENTIAL_KEY)));

        byte[] sig = ((ByteString) statement.attStmt().get(Cbor.text("sig"))).getBytes();
        byte[] signed = Bytes.concat(authData.encode().toByteArray(), CEREMONY.clientDataHash().toByteArray())
                .toByteArray();
        assertTrue(Signatures.verify(key, signed, sig));
        // WebAuthn L3 §8.2 verification: sig must verify with the attestation certificate's key
        assertThrows(BadSignatureException.class,
                () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
    }

    private static Array chainFaulted(PackedAttestation.ChainFault fault) {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = new PackedAttestation(CA, VENDOR).attest(new AttestationInput(authData,
                CEREMONY.clientDataHash(), key, new DeterministicRandom(8, "p"), null, null, edits(fault)));
        return (Array) statement.attStmt().get(Cbor.text("x5c"));
    }

    private static FormatFaults edits(PackedAttestation.ChainFault fault) {
        return FormatFaults.of(fault);
    }

    private static X509Certificate x509(Bytes der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
    }

    @Test
    void authenticatorDataWithoutAttestedCredentialDataIsRefused() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID).withAttestedCredentialData(null);

        assertThrows(IllegalArgumentException.class, () -> attest(new PackedAttestation(CA, VENDOR), authData, key,
                CEREMONY.clientDataHash(), UnaryOperator.identity()));
    }

    private static AttestationStatement attest(PackedAttestation packed, AuthenticatorData authData,
            CredentialKeyPair key, Bytes clientDataHash, UnaryOperator<AttestationCertificateSpec> tamper) {
        return packed.attest(
                new AttestationInput(authData, clientDataHash, key, new DeterministicRandom(8, "p"), tamper));
    }

    private static Bytes leaf(AttestationStatement statement) {
        Array x5c = (Array) statement.attStmt().get(Cbor.text("x5c"));
        return Bytes.of(((ByteString) x5c.getDataItems().get(0)).getBytes());
    }
}
