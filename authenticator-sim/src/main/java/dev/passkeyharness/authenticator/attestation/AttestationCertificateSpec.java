package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a leaf attestation certificate says: the defaults follow WebAuthn L3 §8.2.1, and every field a tampering may
 * change is here so a wrong certificate is one {@code with…} call away.
 *
 * @param version X.509 version, 1 or 3 (a v1 certificate carries no extensions at all)
 * @param country subject C, an ISO 3166 code; null omits it
 * @param organization subject O; null omits it
 * @param organizationalUnit subject OU; null omits it
 * @param commonName subject CN; null omits it
 * @param ca the basicConstraints CA flag
 * @param aaguidExtension the AAGUID put in id-fido-gen-ce-aaguid; null omits the extension
 * @param aaguidExtensionCritical whether that extension is marked critical
 * @param keyAlgorithm the algorithm of the attestation key the certificate certifies
 * @param notBefore validity start; null takes the issuing CA's
 * @param notAfter validity end; null takes the issuing CA's
 * @param extensions further extensions a format requires (SAN, EKU, key description, nonce), in order
 */
public record AttestationCertificateSpec(
        int version,
        String country,
        String organization,
        String organizationalUnit,
        String commonName,
        boolean ca,
        Bytes aaguidExtension,
        boolean aaguidExtensionCritical,
        CoseAlgorithm keyAlgorithm,
        Instant notBefore,
        Instant notAfter,
        List<CertificateExtension> extensions) {

    /** WebAuthn L3 §8.2.1: the subject OU must be exactly this string. */
    public static final String ATTESTATION_OU = "Authenticator Attestation";
    public static final String DEFAULT_COUNTRY = "US";

    public AttestationCertificateSpec {
        if (version != 1 && version != 3) {
            throw new IllegalArgumentException("X.509 version must be 1 or 3, got " + version);
        }
        Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        if (extensions.stream().map(CertificateExtension::oid).distinct().count() != extensions.size()) {
            throw new IllegalArgumentException("an extension may appear only once (RFC 5280 §4.2)");
        }
    }

    /** WebAuthn L3 §8.2.1 defaults for a packed attestation certificate of the given AAGUID. */
    public static AttestationCertificateSpec packed(Bytes aaguid, String vendorName) {
        Objects.requireNonNull(aaguid, "aaguid");
        if (aaguid.length() != 16) {
            throw new IllegalArgumentException("aaguid must be 16 bytes");
        }
        return new AttestationCertificateSpec(3, DEFAULT_COUNTRY, vendorName, ATTESTATION_OU,
                vendorName + " Batch Attestation", false, aaguid, false, CoseAlgorithm.ES256, null, null, List.of());
    }

    /** A fido-u2f attestation certificate (WebAuthn L3 §8.6): P-256 key, no AAGUID extension. */
    public static AttestationCertificateSpec u2f(String vendorName) {
        return new AttestationCertificateSpec(3, DEFAULT_COUNTRY, vendorName, ATTESTATION_OU,
                vendorName + " U2F Attestation", false, null, false, CoseAlgorithm.ES256, null, null, List.of());
    }

    public AttestationCertificateSpec withVersion(int newVersion) {
        return new AttestationCertificateSpec(newVersion, country, organization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withCountry(String newCountry) {
        return new AttestationCertificateSpec(version, newCountry, organization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withOrganization(String newOrganization) {
        return new AttestationCertificateSpec(version, country, newOrganization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withOrganizationalUnit(String newOrganizationalUnit) {
        return new AttestationCertificateSpec(version, country, organization, newOrganizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withCommonName(String newCommonName) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, newCommonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withCa(boolean newCa) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, newCa,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withAaguidExtension(Bytes newAaguid) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, ca,
                newAaguid, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withAaguidExtensionCritical(boolean critical) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, ca,
                aaguidExtension, critical, keyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withKeyAlgorithm(CoseAlgorithm newKeyAlgorithm) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, newKeyAlgorithm, notBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withNotBefore(Instant newNotBefore) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, newNotBefore, notAfter, extensions);
    }

    public AttestationCertificateSpec withNotAfter(Instant newNotAfter) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, newNotAfter, extensions);
    }

    public AttestationCertificateSpec withExtensions(List<CertificateExtension> newExtensions) {
        return new AttestationCertificateSpec(version, country, organization, organizationalUnit, commonName, ca,
                aaguidExtension, aaguidExtensionCritical, keyAlgorithm, notBefore, notAfter, newExtensions);
    }

    /** This spec with {@code extension} in place of the one of the same OID, or added last if there is none. */
    public AttestationCertificateSpec withExtension(CertificateExtension extension) {
        List<CertificateExtension> out = new ArrayList<>(extensions);
        int at = indexOf(extension.oid());
        if (at < 0) {
            out.add(extension);
        } else {
            out.set(at, extension);
        }
        return withExtensions(out);
    }

    /** This spec without the extension of that OID (unchanged if it has none). */
    public AttestationCertificateSpec withoutExtension(String oid) {
        return withExtensions(extensions.stream().filter(e -> !e.oid().equals(oid)).toList());
    }

    /** The extension of that OID, or null. */
    public CertificateExtension extension(String oid) {
        int at = indexOf(oid);
        return at < 0 ? null : extensions.get(at);
    }

    private int indexOf(String oid) {
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).oid().equals(oid)) {
                return i;
            }
        }
        return -1;
    }
}
