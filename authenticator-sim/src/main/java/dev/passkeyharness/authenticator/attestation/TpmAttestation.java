package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.Bytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The tpm format (WebAuthn L3 §8.3): the TPM certifies the credential key (pubArea) with TPM2_Certify, qualifying
 * data = SHA-256(authenticatorData ‖ clientDataHash), and its attestation identity key (AIK) signs certInfo. The AIK
 * certificate meets §8.3.1: version 3, empty subject, a critical SAN naming the TPM, EKU tcg-kp-AIKCertificate,
 * CA false (WebAuthn L3 §8.3.1). RS256 (RSA 2048) and ES256 (P-256) credentials; the AIK uses the credential's algorithm
 * unless a certificate edit gives it another (an RS1 AIK of an older TPM, say), and alg and extraData follow the AIK.
 */
public final class TpmAttestation implements AttestationStatementFormat {

    /** WebAuthn L3 §8.3: the only version defined. */
    public static final String VERSION = "2.0";
    /** TCG EK Credential Profile §3.2.9 attribute types in the SAN directoryName. */
    public static final String TPM_MANUFACTURER_OID = "2.23.133.2.1";
    public static final String TPM_MODEL_OID = "2.23.133.2.2";
    public static final String TPM_VERSION_OID = "2.23.133.2.3";
    /** tcg-kp-AIKCertificate (WebAuthn L3 §8.3.1). */
    public static final String AIK_CERTIFICATE_OID = "2.23.133.8.3";
    /** The TPM vendor id FIDO conformance tools use for test TPMs (TCG vendor id registry style "id:" + hex). */
    public static final String MANUFACTURER = "id:FFFFF1D0";
    public static final String FIRMWARE_VERSION = "id:00020001";
    public static final List<CoseAlgorithm> ALGORITHMS = List.of(CoseAlgorithm.RS256, CoseAlgorithm.ES256);

    /** Edits the pubArea before its Name is computed and certified (WebAuthn L3 §8.3). */
    public record PubAreaEdit(UnaryOperator<TpmtPublic> edit) implements FormatFault {
    }

    /** Edits the certInfo before the AIK signs it (WebAuthn L3 §8.3). */
    public record CertInfoEdit(UnaryOperator<TpmsAttest> edit) implements FormatFault {
    }

    private final AttestationCa ca;
    private final String vendorName;
    private final BatchAttestationKeys keys;

    public TpmAttestation(AttestationCa ca, String vendorName) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
        // the AIK is a batch key of the CA: one per algorithm for every simulated TPM of a run, as slow RSA key
        // generation happens once, and a TPM keeps its AIK across registrations anyway
        this.keys = new BatchAttestationKeys(ca, AttestationCa.Issuer.INTERMEDIATE);
    }

    @Override
    public AttestationFormat format() {
        return AttestationFormat.TPM;
    }

    /**
     * The AIK certificate spec before any tampering (WebAuthn L3 §8.3.1), with the optional id-fido-gen-ce-aaguid
     * extension naming the device's AAGUID, as platform TPM authenticators that know their AAGUID put it there.
     */
    public AttestationCertificateSpec certificateSpec(CoseAlgorithm aikAlgorithm, Bytes aaguid) {
        GeneralNames san = new GeneralNames(new GeneralName(new X500Name(new RDN[] {
                rdn(TPM_MANUFACTURER_OID, MANUFACTURER),
                rdn(TPM_MODEL_OID, vendorName + " TPM"),
                rdn(TPM_VERSION_OID, FIRMWARE_VERSION)})));
        return new AttestationCertificateSpec(3, null, null, null, null, false, aaguid, false, aikAlgorithm, null,
                null, List.of(
                        // RFC 5280 §4.2.1.6: with an empty subject the SAN is critical
                        CertificateExtension.of(Extension.subjectAlternativeName.getId(), true, san),
                        CertificateExtension.of(Extension.extendedKeyUsage.getId(), false, new ExtendedKeyUsage(
                                KeyPurposeId.getInstance(new ASN1ObjectIdentifier(AIK_CERTIFICATE_OID))))));
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        CredentialKeyPair credential = input.credentialKey();
        FormatFaults faults = input.formatFaults();
        // WebAuthn L3 §8.3: pubArea describes the credential public key
        TpmtPublic pubArea = faults.apply(PubAreaEdit.class, PubAreaEdit::edit, TpmtPublic.of(credential));
        IssuedAttestationKey aik = keys.keyFor(certificateSpec(credential.algorithm(), input.deviceAaguid()),
                input.certificateTamper(), input.random());
        // WebAuthn L3 §8.3 verification: extraData is the hash of attToBeSigned with the hash of alg, the AIK's
        Bytes extraData = digest(aik.key().algorithm(), input.signedData());
        Bytes signerName = new TpmWriter().u16(TpmtPublic.TPM_ALG_SHA256)
                .raw(Sha256.of(aik.key().subjectPublicKeyInfo())).bytes();
        TpmsAttest certInfo = faults.apply(CertInfoEdit.class, CertInfoEdit::edit,
                TpmsAttest.certify(signerName, extraData, pubArea.name(), input.random().nextLong()));
        Bytes certInfoBytes = certInfo.encode();
        byte[] sig = Signatures.sign(aik.key(), certInfoBytes.toByteArray(), input.random());
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("ver", Cbor.text(VERSION))
                .put("alg", Cbor.integer(aik.key().algorithm().coseId()))
                .put("x5c", Cbor.array(List.of(
                        Cbor.bytes(aik.certificate().toByteArray()),
                        Cbor.bytes(ca.intermediateCertificate().toByteArray()))))
                .put("sig", Cbor.bytes(sig))
                .put("certInfo", Cbor.bytes(certInfoBytes.toByteArray()))
                .put("pubArea", Cbor.bytes(pubArea.encode().toByteArray()))
                .build());
    }

    private static Bytes digest(CoseAlgorithm algorithm, Bytes data) {
        try {
            return Bytes.of(MessageDigest.getInstance(algorithm.digestName()).digest(data.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.digestName() + " is required by the Java platform", e);
        }
    }

    private static RDN rdn(String oid, String value) {
        return new RDN(new ASN1ObjectIdentifier(oid), new DERUTF8String(value));
    }
}
