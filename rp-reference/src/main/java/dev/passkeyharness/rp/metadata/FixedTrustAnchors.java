package dev.passkeyharness.rp.metadata;

import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The same trust anchors for every authenticator, whatever its AAGUID or key identifier: configured PEM roots. */
public final class FixedTrustAnchors implements TrustAnchorRepository {

    private final Set<TrustAnchor> anchors;

    public FixedTrustAnchors(List<X509Certificate> certificates) {
        this.anchors = certificates.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<TrustAnchor> find(AAGUID aaguid) {
        return anchors;
    }

    @Override
    public Set<TrustAnchor> find(byte[] attestationCertificateKeyIdentifier) {
        return anchors;
    }
}
