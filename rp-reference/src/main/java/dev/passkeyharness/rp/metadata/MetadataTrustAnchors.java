package dev.passkeyharness.rp.metadata;

import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roots an attestation chain may lead to (WebAuthn L3 §7.1 step 23): the attestationRootCertificates of the
 * authenticator's metadata entry. An authenticator without an AAGUID (fido-u2f, WebAuthn L3 §8.6) and without an
 * entry for its key identifier may chain to one of the configured PEM anchors instead.
 */
public final class MetadataTrustAnchors implements TrustAnchorRepository {

    private final AuthenticatorMetadata metadata;
    private final Set<TrustAnchor> pemAnchors;

    public MetadataTrustAnchors(AuthenticatorMetadata metadata, List<X509Certificate> pemAnchors) {
        this.metadata = metadata;
        this.pemAnchors = anchors(pemAnchors);
    }

    @Override
    public Set<TrustAnchor> find(AAGUID aaguid) {
        AuthenticatorMetadata.Lookup lookup = metadata.find(aaguid);
        if (lookup instanceof AuthenticatorMetadata.Lookup.Listed listed) {
            return roots(listed);
        }
        return AAGUID.ZERO.equals(aaguid) ? pemAnchors : Set.of();
    }

    @Override
    public Set<TrustAnchor> find(byte[] attestationCertificateKeyIdentifier) {
        AuthenticatorMetadata.Lookup lookup = metadata.find(attestationCertificateKeyIdentifier);
        return lookup instanceof AuthenticatorMetadata.Lookup.Listed listed ? roots(listed) : pemAnchors;
    }

    private static Set<TrustAnchor> roots(AuthenticatorMetadata.Lookup.Listed listed) {
        if (listed.entry().getMetadataStatement() == null) {
            return Set.of();
        }
        return anchors(listed.entry().getMetadataStatement().getAttestationRootCertificates());
    }

    private static Set<TrustAnchor> anchors(List<X509Certificate> certificates) {
        return certificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
    }
}
