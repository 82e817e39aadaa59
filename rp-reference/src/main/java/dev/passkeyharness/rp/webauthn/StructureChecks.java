package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.CertificateBaseAttestationStatement;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Structural rules webauthn4j leaves to the RP: the credential's type, the AT/ED flags, the aaguid extension. */
final class StructureChecks {

    /** id-fido-gen-ce-aaguid (WebAuthn L3 §8.2.1). */
    static final String AAGUID_EXTENSION = "1.3.6.1.4.1.45724.1.1.4";

    private StructureChecks() {
    }

    /** WebAuthn L3 §5.1: a PublicKeyCredential's type is "public-key". */
    static void credentialType(ObjectNode root) throws CeremonyFailure {
        JsonNode type = root.get("type");
        if (type == null || !type.isString() || !"public-key".equals(type.asString())) {
            throw new CeremonyFailure(Rule.CREDENTIAL_TYPE, "type must be \"public-key\", got " + type);
        }
    }

    /**
     * WebAuthn L3 §6.1: AT says attested credential data follows, ED that extensions follow. An assertion carries no
     * attested credential data (§6.3.3); a set ED flag needs extension outputs.
     */
    static void flags(AuthenticatorData<?> authData, boolean registration) throws CeremonyFailure {
        if (!registration && authData.isFlagAT()) {
            throw new CeremonyFailure(Rule.MALFORMED, "the AT flag is set in an assertion's authenticator data");
        }
        Set<String> extensions = authData.getExtensions() == null ? Set.of() : authData.getExtensions().getKeys();
        if (authData.isFlagED() && extensions.isEmpty()) {
            throw new CeremonyFailure(Rule.MALFORMED, "the ED flag is set but the authenticator data has no extensions");
        }
    }

    /**
     * Every certificate of x5c must be valid at the RP's time, whether or not the RP requires a trusted chain: an
     * expired or not yet valid attestation certificate attests nothing (RFC 5280 §4.1.2.5).
     */
    static void certificatesValidAt(AttestationStatement statement, Instant now) throws CeremonyFailure {
        if (!(statement instanceof CertificateBaseAttestationStatement withCertificates)
                || withCertificates.getX5c() == null) {
            return;
        }
        for (X509Certificate certificate : withCertificates.getX5c()) {
            try {
                certificate.checkValidity(Date.from(now));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                throw new CeremonyFailure(Rule.ATTESTATION_STATEMENT, "attestation certificate "
                        + certificate.getSubjectX500Principal().getName() + " is not valid at " + now);
            }
        }
    }

    /** WebAuthn L3 §8.2.1: the aaguid extension of an attestation certificate is not marked critical. */
    static void aaguidExtensionNotCritical(AttestationStatement statement) throws CeremonyFailure {
        if (!(statement instanceof CertificateBaseAttestationStatement withCertificates)
                || withCertificates.getX5c() == null || withCertificates.getX5c().isEmpty()) {
            return;
        }
        X509Certificate leaf = withCertificates.getX5c().getEndEntityAttestationCertificate().getCertificate();
        Set<String> critical = leaf.getCriticalExtensionOIDs();
        if (critical != null && critical.contains(AAGUID_EXTENSION)) {
            throw new CeremonyFailure(Rule.ATTESTATION_STATEMENT,
                    "the attestation certificate marks the aaguid extension critical");
        }
    }

    /**
     * A packed x5c is the attestation certificate and the chain up to, not including, the root: the RP holds its trust
     * anchors itself (WebAuthn L3 §8.2 x5c; the FIDO server tests refuse a packed x5c carrying a self-signed root).
     * android-key is left alone, as real devices send their root.
     */
    static void packedChainWithoutRoot(String fmt, AttestationStatement statement) throws CeremonyFailure {
        if (!"packed".equals(fmt) || !(statement instanceof CertificateBaseAttestationStatement withCertificates)
                || withCertificates.getX5c() == null) {
            return;
        }
        for (X509Certificate certificate : withCertificates.getX5c()) {
            if (selfSigned(certificate)) {
                throw new CeremonyFailure(Rule.ATTESTATION_STATEMENT, "x5c carries the self-signed certificate "
                        + certificate.getSubjectX500Principal().getName() + ": a root is the RP's, not the chain's");
            }
        }
    }

    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
