package dev.passkeyharness.rp.metadata;

import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.statement.CertificateBaseAttestationStatement;
import com.webauthn4j.data.attestation.statement.FIDOU2FAttestationStatement;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.CertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.DefaultCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.exception.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;

/**
 * Attestation trust paths (WebAuthn L3 §7.1 step 24): x5c validated up to one of the authenticator's trust anchors by
 * webauthn4j (PKIX), or an attestation certificate that is itself one of those anchors, whatever else x5c carries, as
 * when metadata lists a batch certificate as the attestation root (FIDO Resp-5 P-3). webauthn4j takes a leaf that is
 * an anchor only when x5c holds nothing else, and otherwise asks PKIX for a path the anchor did not sign.
 */
public final class AttestationTrustPaths implements CertPathTrustworthinessVerifier {

    private final TrustAnchorRepository anchors;
    private final DefaultCertPathTrustworthinessVerifier chains;

    public AttestationTrustPaths(TrustAnchorRepository anchors) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.chains = new DefaultCertPathTrustworthinessVerifier(anchors);
    }

    @Override
    public void verify(AAGUID aaguid, CertificateBaseAttestationStatement statement, Instant timestamp) {
        if (statement.getX5c() == null || statement.getX5c().isEmpty()) {
            chains.verify(aaguid, statement, timestamp);
            return;
        }
        X509Certificate leaf = statement.getX5c().getEndEntityAttestationCertificate().getCertificate();
        // the same anchors webauthn4j looks up: by key identifier for fido-u2f (no AAGUID), by AAGUID otherwise
        Set<TrustAnchor> candidates = statement instanceof FIDOU2FAttestationStatement
                ? anchors.find(DefaultCertPathTrustworthinessVerifier.extractSubjectKeyIdentifier(leaf))
                : anchors.find(aaguid);
        if (candidates.stream().noneMatch(anchor -> leaf.equals(anchor.getTrustedCert()))) {
            chains.verify(aaguid, statement, timestamp);
            return;
        }
        try {
            // RFC 5280 §6.1.3 would check the leaf's validity on a path; an anchor's own dates are checked here
            leaf.checkValidity(Date.from(timestamp));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new CertificateException("the attestation certificate, itself a trust anchor, is not valid at "
                    + timestamp, e);
        }
    }
}
