package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

/**
 * The apple format (WebAuthn L3 §8.8), anonymous attestation: a leaf issued for the credential key itself, whose
 * extension 1.2.840.113635.100.8.2 holds nonce = SHA-256(authenticatorData ‖ clientDataHash). No signature. ES256.
 */
public final class AppleAttestation implements AttestationStatementFormat {

    public static final String NONCE_OID = "1.2.840.113635.100.8.2";
    public static final String LEAF_OU = "Anonymous Attestation";
    public static final List<CoseAlgorithm> ALGORITHMS = List.of(CoseAlgorithm.ES256);
    private static final int NONCE_TAG = 1;

    /** Edits the nonce before the leaf is issued (WebAuthn L3 §8.8). */
    public record NonceEdit(UnaryOperator<Bytes> edit) implements FormatFault {
    }

    private final AttestationCa ca;
    private final String vendorName;

    public AppleAttestation(AttestationCa ca, String vendorName) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
    }

    @Override
    public AttestationFormat format() {
        return AttestationFormat.APPLE;
    }

    /** The nonce extension: SEQUENCE { [1] EXPLICIT OCTET STRING nonce } (WebAuthn L3 §8.8). */
    public static CertificateExtension nonceExtension(Bytes nonce) {
        return CertificateExtension.of(NONCE_OID, false, new DERSequence(
                new DERTaggedObject(true, NONCE_TAG, new DEROctetString(nonce.toByteArray()))));
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        CredentialKeyPair credential = input.credentialKey();
        if (!ALGORITHMS.contains(credential.algorithm())) {
            throw new IllegalArgumentException("apple attests ES256 credentials only, not "
                    + credential.algorithm().jwaName());
        }
        FormatFaults faults = input.formatFaults();
        CredentialKeyPair leafKey = LeafKeys.certified(credential, faults, input.random());
        // WebAuthn L3 §8.8 verification: nonce = SHA-256(authenticatorData ‖ clientDataHash)
        Bytes nonce = faults.apply(NonceEdit.class, NonceEdit::edit, Sha256.of(input.signedData()));
        // the common name names the key, as Apple's per-credential leaves do
        String commonName = Sha256.of(leafKey.subjectPublicKeyInfo()).hex();
        AttestationCertificateSpec spec = new AttestationCertificateSpec(3, null, vendorName, LEAF_OU, commonName,
                false, null, false, leafKey.algorithm(), null, null, List.of(nonceExtension(nonce)));
        Bytes leaf = ca.issue(input.certificateTamper().apply(spec), leafKey);
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("x5c", Cbor.array(List.of(
                        Cbor.bytes(leaf.toByteArray()),
                        Cbor.bytes(ca.intermediateCertificate().toByteArray()))))
                .build());
    }
}
