package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.data.AuthenticatorAttestationType;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.CertificateBaseAttestationStatement;
import com.webauthn4j.metadata.data.toc.AuthenticatorStatus;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.DefaultCertPathTrustworthinessVerifier;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.metadata.BlobChecks;
import dev.passkeyharness.rp.metadata.EntryChecks;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Attestation trust from FIDO metadata, the steps webauthn4j's chain check leaves out (WebAuthn L3 §7.1 steps
 * 23-24): the authenticator is listed by a trusted, fresh BLOB, its latest status is not a compromise, and the
 * attestation type is one its statement allows. An attestation "none" claims nothing and is not looked up.
 */
final class MetadataVerification {

    private MetadataVerification() {
    }

    /** Why the metadata does not vouch for the authenticator, when it lists no entry for it; empty otherwise. */
    static Optional<String> notListed(AuthenticatorMetadata metadata, AAGUID aaguid, AttestationStatement statement) {
        AuthenticatorMetadata.Lookup lookup = lookup(metadata, aaguid, statement);
        return lookup instanceof AuthenticatorMetadata.Lookup.NotListed n ? Optional.of(n.reason()) : Optional.empty();
    }

    static void verify(AuthenticatorMetadata metadata, String fmt, AAGUID aaguid, AttestationStatement statement,
            Instant now) throws CeremonyFailure {
        if ("none".equals(fmt)) {
            return;
        }
        AuthenticatorMetadata.Lookup lookup = lookup(metadata, aaguid, statement);
        if (lookup instanceof AuthenticatorMetadata.Lookup.NotListed notListed) {
            if (AAGUID.ZERO.equals(aaguid) && x5c(statement).isPresent()) {
                return;  // no AAGUID (fido-u2f): the chain was verified against the PEM anchors
            }
            throw new CeremonyFailure(Rule.ATTESTATION_UNTRUSTED, notListed.reason());
        }
        AuthenticatorMetadata.Lookup.Listed listed = (AuthenticatorMetadata.Lookup.Listed) lookup;
        if (!BlobChecks.fresh(listed.nextUpdate(), now)) {
            throw new CeremonyFailure(Rule.METADATA_STALE, "metadata BLOB " + listed.blob() + " had its nextUpdate on "
                    + listed.nextUpdate() + ": its entry for " + aaguid + " is stale");
        }
        Optional<AuthenticatorStatus> status = EntryChecks.refusedStatus(listed.entry());
        if (status.isPresent()) {
            throw new CeremonyFailure(Rule.AUTHENTICATOR_STATUS, "the authenticator's latest metadata status is "
                    + status.get().getValue() + " (metadata BLOB " + listed.blob() + ")");
        }
        Set<AuthenticatorAttestationType> shown = EntryChecks.attestationTypes(fmt, x5c(statement).isPresent());
        if (!EntryChecks.attestationTypeAllowed(listed.entry(), shown)) {
            throw new CeremonyFailure(Rule.ATTESTATION_TYPE, "attestation type " + shown
                    + " is not among the metadata statement's attestationTypes "
                    + listed.entry().getMetadataStatement().getAttestationTypes());
        }
    }

    private static AuthenticatorMetadata.Lookup lookup(AuthenticatorMetadata metadata, AAGUID aaguid,
            AttestationStatement statement) {
        Optional<X509Certificate> leaf = x5c(statement);
        if (AAGUID.ZERO.equals(aaguid) && leaf.isPresent()) {
            try {
                return metadata.find(DefaultCertPathTrustworthinessVerifier.extractSubjectKeyIdentifier(leaf.get()));
            } catch (RuntimeException e) {
                return metadata.find(aaguid);  // no subject key identifier: only the AAGUID can name it
            }
        }
        return metadata.find(aaguid);
    }

    private static Optional<X509Certificate> x5c(AttestationStatement statement) {
        if (statement instanceof CertificateBaseAttestationStatement withCertificates
                && withCertificates.getX5c() != null && !withCertificates.getX5c().isEmpty()) {
            return Optional.of(withCertificates.getX5c().getEndEntityAttestationCertificate().getCertificate());
        }
        return Optional.empty();
    }
}
