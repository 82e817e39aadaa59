package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static dev.passkeyharness.authenticator.attestation.Registrations.x509;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.Map;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.attestation.statement.AttestationType;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TpmAttestationTest {

    private static final Registrations.Ceremony CEREMONY = Registrations.ceremony(new DeterministicRandom(9, "tpm"));
    private static final String SAN = "2.5.29.17";
    /**
     * webauthn4j's tpm verifier reads the aaguid extension's DER wrapping as the AAGUID and refuses a correct one (the
     * reference RP checks it itself): statements handed to webauthn4j here are made without it.
     */
    private static final UnaryOperator<AttestationCertificateSpec> WITHOUT_AAGUID = s -> s.withAaguidExtension(null);

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"RS256", "ES256"})
    void webauthn4jAcceptsTheStatementChainedToOurRoot(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = attest(authData, key, FormatFaults.NONE, WITHOUT_AAGUID);

        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);

        assertEquals("tpm", data.getAttestationObject().getFormat());
        assertEquals(AttestationType.ATT_CA,
                new com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier().verify(
                        coreObject(data)));
    }

    /** WebAuthn L3 §8.3: alg is the AIK's, and extraData is hashed with alg's hash, whatever the credential's. */
    @Test
    void anRs1AikSignsWithSha1AndHashesExtraDataWithSha1() throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.RS256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = attest(authData, key, FormatFaults.NONE,
                s -> WITHOUT_AAGUID.apply(s).withKeyAlgorithm(CoseAlgorithm.RS1));
        Map attStmt = statement.attStmt();

        assertEquals(CoseAlgorithm.RS1.coseId(), Cbor.longValue(attStmt.get(Cbor.text("alg"))));
        ByteBuffer in = ByteBuffer.wrap(bytes(attStmt, "certInfo"));
        in.getInt();
        in.getShort();
        sized(in);
        byte[] attToBeSigned = Bytes.concat(authData.encode().toByteArray(), CEREMONY.clientDataHash().toByteArray())
                .toByteArray();
        assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(attToBeSigned), sized(in));
        Signature verifier = Signature.getInstance("SHA1withRSA");
        verifier.initVerify(x509(Bytes.of(x5c(attStmt).get(0))).getPublicKey());
        verifier.update(bytes(attStmt, "certInfo"));
        assertTrue(verifier.verify(bytes(attStmt, "sig")));
        // the credential stays RS256; webauthn4j verifies the statement with the AIK's RS1
        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);
        assertEquals(AttestationType.ATT_CA,
                new com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier().verify(
                        coreObject(data)));
        assertEquals(-257L, data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData()
                .getCOSEKey().getAlgorithm().getValue());
    }

    /** TPM 2.0 Part 2 §10.12.12 and §10.12.3, read field by field, independently of the writer. */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"RS256", "ES256"})
    void certInfoIsATpmsAttestCertifyingThePubAreasName(CoseAlgorithm algorithm) throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Map attStmt = attest(authData, key, FormatFaults.NONE, UnaryOperator.identity()).attStmt();
        byte[] certInfo = bytes(attStmt, "certInfo");
        byte[] pubArea = bytes(attStmt, "pubArea");

        ByteBuffer in = ByteBuffer.wrap(certInfo);
        assertEquals(0xFF544347, in.getInt(), "magic TPM_GENERATED_VALUE");
        assertEquals(0x8017, Short.toUnsignedInt(in.getShort()), "type TPM_ST_ATTEST_CERTIFY");
        byte[] qualifiedSigner = sized(in);
        assertEquals(34, qualifiedSigner.length, "a SHA-256 Name: nameAlg + 32 bytes");
        byte[] extraData = sized(in);
        byte[] attToBeSigned = Bytes.concat(authData.encode().toByteArray(), CEREMONY.clientDataHash().toByteArray())
                .toByteArray();
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(attToBeSigned), extraData);
        in.getLong(); // clockInfo.clock
        in.getInt(); // resetCount
        in.getInt(); // restartCount
        byte safe = in.get();
        assertTrue(safe == 0 || safe == 1, "TPMI_YES_NO");
        in.getLong(); // firmwareVersion
        byte[] name = sized(in);
        byte[] qualifiedName = sized(in);
        assertEquals(34, qualifiedName.length);
        assertFalse(in.hasRemaining(), "nothing after TPMS_CERTIFY_INFO");
        // TPM 2.0 Part 1 §16: Name = nameAlg ‖ H_nameAlg(pubArea)
        assertEquals(0x000B, ((name[0] & 0xFF) << 8) | (name[1] & 0xFF));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(pubArea), Arrays.copyOfRange(name, 2, 34));

        // the AIK's signature over certInfo, with alg
        X509Certificate aik = x509(Bytes.of(x5c(attStmt).get(0)));
        Signature verifier = Signature.getInstance(algorithm == CoseAlgorithm.RS256 ? "SHA256withRSA" : "SHA256withECDSA");
        verifier.initVerify(aik.getPublicKey());
        verifier.update(certInfo);
        assertTrue(verifier.verify(bytes(attStmt, "sig")));
        assertEquals(algorithm.coseId(), Cbor.longValue(attStmt.get(Cbor.text("alg"))));
        assertEquals("2.0", ((co.nstant.in.cbor.model.UnicodeString) attStmt.get(Cbor.text("ver"))).getString());
    }

    /** TPM 2.0 Part 2 §12.2.4 TPMT_PUBLIC, with §12.2.3.5 / §12.2.3.6 parameters and §11.2.5 unique. */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"RS256", "ES256"})
    void pubAreaDescribesTheCredentialKey(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        ByteBuffer in = ByteBuffer.wrap(bytes(attest(Registrations.authData(key, AAGUID), key, FormatFaults.NONE,
                UnaryOperator.identity()).attStmt(), "pubArea"));
        int type = Short.toUnsignedInt(in.getShort());
        assertEquals(0x000B, Short.toUnsignedInt(in.getShort()), "nameAlg SHA-256");
        int attributes = in.getInt();
        assertTrue((attributes & (1 << 18)) != 0, "sign");
        assertTrue((attributes & (1 << 1)) != 0, "fixedTPM");
        assertEquals(0, sized(in).length, "authPolicy");
        assertEquals(0x0010, Short.toUnsignedInt(in.getShort()), "symmetric TPM_ALG_NULL");
        assertEquals(0x0010, Short.toUnsignedInt(in.getShort()), "scheme TPM_ALG_NULL");
        if (algorithm == CoseAlgorithm.RS256) {
            RSAPublicKey rsa = (RSAPublicKey) key.toJcaPublicKey();
            assertEquals(0x0001, type, "TPM_ALG_RSA");
            assertEquals(2048, Short.toUnsignedInt(in.getShort()), "keyBits");
            long exponent = Integer.toUnsignedLong(in.getInt());
            assertEquals(rsa.getPublicExponent(), BigInteger.valueOf(exponent == 0 ? 65537 : exponent));
            assertEquals(rsa.getModulus(), new BigInteger(1, sized(in)));
        } else {
            ECPublicKey ec = (ECPublicKey) key.toJcaPublicKey();
            assertEquals(0x0023, type, "TPM_ALG_ECC");
            assertEquals(0x0003, Short.toUnsignedInt(in.getShort()), "curveID TPM_ECC_NIST_P256");
            assertEquals(0x0010, Short.toUnsignedInt(in.getShort()), "kdf TPM_ALG_NULL");
            assertEquals(ec.getW().getAffineX(), new BigInteger(1, sized(in)));
            assertEquals(ec.getW().getAffineY(), new BigInteger(1, sized(in)));
        }
        assertFalse(in.hasRemaining());
    }

    /** WebAuthn L3 §8.3.1 TPM attestation statement certificate requirements. */
    @Test
    void aikCertificateMeetsTheTpmCertificateRequirements() throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        Map attStmt = attest(Registrations.authData(key, AAGUID), key, FormatFaults.NONE, UnaryOperator.identity())
                .attStmt();
        X509Certificate aik = x509(Bytes.of(x5c(attStmt).get(0)));

        assertEquals(3, aik.getVersion());
        assertEquals("", aik.getSubjectX500Principal().getName());
        assertTrue(aik.getCriticalExtensionOIDs().contains(SAN), "SAN critical with an empty subject");
        GeneralNames names = GeneralNames.getInstance(
                ASN1Primitive.fromByteArray(org.bouncycastle.asn1.ASN1OctetString.getInstance(
                        aik.getExtensionValue(SAN)).getOctets()));
        GeneralName directory = names.getNames()[0];
        assertEquals(GeneralName.directoryName, directory.getTagNo());
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        for (RDN rdn : X500Name.getInstance(directory.getName()).getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                attributes.put(atv.getType().getId(), ASN1UTF8String.getInstance(atv.getValue()).getString());
            }
        }
        assertEquals(TpmAttestation.MANUFACTURER, attributes.get("2.23.133.2.1"));
        assertEquals(VENDOR + " TPM", attributes.get("2.23.133.2.2"));
        assertEquals(TpmAttestation.FIRMWARE_VERSION, attributes.get("2.23.133.2.3"));
        assertTrue(aik.getExtendedKeyUsage().contains("2.23.133.8.3"));
        assertEquals(-1, aik.getBasicConstraints(), "CA false");
        // WebAuthn L3 §8.3.1: extnValue is an OCTET STRING whose content is the AAGUID's own OCTET STRING
        byte[] extnValue = org.bouncycastle.asn1.ASN1OctetString.getInstance(
                aik.getExtensionValue(AttestationCa.ID_FIDO_GEN_CE_AAGUID.getId())).getOctets();
        assertArrayEquals(AAGUID.toByteArray(),
                org.bouncycastle.asn1.ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(extnValue)).getOctets());
        assertFalse(aik.getCriticalExtensionOIDs().contains(AttestationCa.ID_FIDO_GEN_CE_AAGUID.getId()));
        aik.verify(x509(CA.intermediateCertificate()).getPublicKey());
    }

    @Test
    void oneAikServesEveryRegistrationOfAnAlgorithm() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        byte[] first = x5c(attest(authData, key, FormatFaults.NONE, UnaryOperator.identity()).attStmt()).get(0);
        byte[] second = x5c(attest(authData, key, FormatFaults.NONE, UnaryOperator.identity()).attStmt()).get(0);
        assertArrayEquals(first, second);
    }

    @Test
    void eachBrokenRuleIsRefusedByWebauthn4j() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        // webauthn4j refuses a wrong magic while parsing certInfo, before the statement is verified
        AttestationStatement wrongMagic = attest(authData, key, certInfo(c -> c.withMagic(0xFF544348L)),
                WITHOUT_AAGUID);
        assertThrows(tools.jackson.core.JacksonException.class,
                () -> Registrations.verify(AttestationObject.encode(wrongMagic, authData.encode()), CEREMONY));
        List<FormatFaults> faults = List.of(
                certInfo(c -> c.withType(TpmsAttest.TPM_ST_ATTEST_QUOTE)),
                certInfo(c -> c.withExtraData(Sha256.of(c.extraData()))),
                certInfo(c -> c.withAttestedName(Bytes.concat(new byte[] {0, 0x0B}, new byte[32]))),
                FormatFaults.of(new TpmAttestation.PubAreaEdit(p -> p.withUnique(flip(p.unique())))));
        for (FormatFaults fault : faults) {
            AttestationStatement statement = attest(authData, key, fault, WITHOUT_AAGUID);
            Registrations.assertRefused(
                    () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
        }
        for (UnaryOperator<AttestationCertificateSpec> fault : List.<UnaryOperator<AttestationCertificateSpec>>of(
                s -> s.withoutExtension(SAN),
                s -> s.withoutExtension("2.5.29.37"),
                s -> s.withCa(true),
                s -> s.withCommonName("not empty"))) {
            AttestationStatement statement = attest(authData, key, FormatFaults.NONE,
                    s -> fault.apply(WITHOUT_AAGUID.apply(s)));
            Registrations.assertRefused(
                    () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
        }
    }

    @Test
    void otherAlgorithmsAreRefusedBeforeAnythingIsMade() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES384);
        assertThrows(IllegalArgumentException.class, () -> attest(Registrations.authData(key, AAGUID), key,
                FormatFaults.NONE, UnaryOperator.identity()));
    }

    private static FormatFaults certInfo(UnaryOperator<TpmsAttest> edit) {
        return FormatFaults.of(new TpmAttestation.CertInfoEdit(edit));
    }

    private static Bytes flip(Bytes in) {
        byte[] b = in.toByteArray();
        b[b.length - 1] ^= 0x01;
        return Bytes.of(b);
    }

    private static AttestationStatement attest(AuthenticatorData authData, CredentialKeyPair key, FormatFaults edits,
            UnaryOperator<AttestationCertificateSpec> certificate) {
        return new TpmAttestation(CA, VENDOR).attest(new AttestationInput(authData, CEREMONY.clientDataHash(), key,
                new DeterministicRandom(3, "tpm"), certificate, null, edits));
    }

    private static com.webauthn4j.verifier.CoreRegistrationObject coreObject(RegistrationData data) {
        return new com.webauthn4j.verifier.CoreRegistrationObject(data.getAttestationObject(),
                data.getAttestationObjectBytes(), data.getClientDataHash(),
                new com.webauthn4j.server.CoreServerProperty(Registrations.RP_ID,
                        new com.webauthn4j.data.client.challenge.DefaultChallenge(CEREMONY.challenge().toByteArray())));
    }

    static byte[] sized(ByteBuffer in) {
        byte[] out = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(out);
        return out;
    }

    static byte[] bytes(Map attStmt, String key) {
        return ((ByteString) attStmt.get(Cbor.text(key))).getBytes();
    }

    static List<byte[]> x5c(Map attStmt) {
        return ((Array) attStmt.get(Cbor.text("x5c"))).getDataItems().stream()
                .map(d -> ((ByteString) d).getBytes()).toList();
    }
}
