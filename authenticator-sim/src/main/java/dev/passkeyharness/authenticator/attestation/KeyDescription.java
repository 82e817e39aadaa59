package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

/**
 * The Android key attestation extension's KeyDescription (OID 1.3.6.1.4.1.11129.2.1.17), as WebAuthn L3 §8.4 checks
 * it: the attestation challenge and the two authorization lists.
 *
 * @param attestationVersion the schema version (3 for Keymaster 4)
 * @param securityLevel attestationSecurityLevel and keymasterSecurityLevel (0 software, 1 TEE, 2 StrongBox)
 * @param attestationChallenge what the app passed in; for WebAuthn the clientDataHash
 * @param softwareEnforced properties the Android system enforces
 * @param teeEnforced properties the trusted execution environment enforces
 */
public record KeyDescription(
        int attestationVersion,
        int securityLevel,
        Bytes attestationChallenge,
        AuthorizationList softwareEnforced,
        AuthorizationList teeEnforced) {

    public static final String OID = "1.3.6.1.4.1.11129.2.1.17";
    public static final int TRUSTED_ENVIRONMENT = 1;
    private static final int KEYMASTER_VERSION = 4;

    public KeyDescription {
        Objects.requireNonNull(attestationChallenge, "attestationChallenge");
        Objects.requireNonNull(softwareEnforced, "softwareEnforced");
        Objects.requireNonNull(teeEnforced, "teeEnforced");
    }

    public KeyDescription withAttestationChallenge(Bytes newChallenge) {
        return new KeyDescription(attestationVersion, securityLevel, newChallenge, softwareEnforced, teeEnforced);
    }

    public KeyDescription withTeeEnforced(AuthorizationList newTeeEnforced) {
        return new KeyDescription(attestationVersion, securityLevel, attestationChallenge, softwareEnforced,
                newTeeEnforced);
    }

    /** The extension as the leaf certificate carries it; not critical, as on real devices. */
    public CertificateExtension toExtension() {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1Integer(attestationVersion));
        fields.add(new ASN1Enumerated(securityLevel));
        fields.add(new ASN1Integer(KEYMASTER_VERSION));
        fields.add(new ASN1Enumerated(securityLevel));
        fields.add(new DEROctetString(attestationChallenge.toByteArray()));
        fields.add(new DEROctetString(new byte[0])); // uniqueId: empty, as for keys that did not ask for one
        fields.add(softwareEnforced.toAsn1());
        fields.add(teeEnforced.toAsn1());
        return CertificateExtension.of(OID, false, new DERSequence(fields));
    }
}
