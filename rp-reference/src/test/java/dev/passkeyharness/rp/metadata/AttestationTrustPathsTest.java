package dev.passkeyharness.rp.metadata;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.statement.AttestationCertificatePath;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.PackedAttestationStatement;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.DefaultCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.exception.CertificateException;
import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.PackedAttestation;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WebAuthn L3 §7.1 step 24 with an attestation certificate that is itself the trust anchor (FIDO Resp-5 P-3). */
class AttestationTrustPathsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final AttestationCa CA = AttestationCa.create(new DeterministicRandom(7, "trust-paths"),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private static final Bytes AAGUID_BYTES = Bytes.fromHex("00112233445566778899aabbccddeeff");
    private static final AAGUID AAGUID = new AAGUID(AAGUID_BYTES.toByteArray());
    private static final X509Certificate LEAF =
            x509(new PackedAttestation(CA, "passkey-harness").batchCertificate(AAGUID_BYTES));
    private static final X509Certificate INTERMEDIATE = x509(CA.intermediateCertificate());
    private static final X509Certificate ROOT = x509(CA.rootCertificate());
    /** leaf then intermediate, as the packed statement sends them */
    private static final PackedAttestationStatement STATEMENT = new PackedAttestationStatement(
            COSEAlgorithmIdentifier.ES256, new byte[64], new AttestationCertificatePath(List.of(LEAF, INTERMEDIATE)));

    @Test
    void webauthn4jRefusesALeafAnchorWhenX5cCarriesMoreThanTheLeaf() {
        assertThrows(CertificateException.class, () -> new DefaultCertPathTrustworthinessVerifier(anchors(LEAF))
                .verify(AAGUID, STATEMENT, NOW));
    }

    @Test
    void aLeafThatIsItselfAnAnchorIsTrusted() {
        assertDoesNotThrow(() -> new AttestationTrustPaths(anchors(LEAF)).verify(AAGUID, STATEMENT, NOW));
    }

    @Test
    void aChainToTheRootIsStillValidatedAndAnUnrelatedAnchorStillRefused() {
        assertDoesNotThrow(() -> new AttestationTrustPaths(anchors(ROOT)).verify(AAGUID, STATEMENT, NOW));
        AttestationCa other = AttestationCa.create(new DeterministicRandom(8, "trust-paths"),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(CertificateException.class, () -> new AttestationTrustPaths(anchors(x509(other.rootCertificate())))
                .verify(AAGUID, STATEMENT, NOW));
    }

    @Test
    void aLeafAnchorOutsideItsValidityIsRefused() {
        Instant later = LEAF.getNotAfter().toInstant().plusSeconds(1);
        assertThrows(CertificateException.class,
                () -> new AttestationTrustPaths(anchors(LEAF)).verify(AAGUID, STATEMENT, later));
    }

    private static TrustAnchorRepository anchors(X509Certificate... certificates) {
        return new FixedTrustAnchors(List.of(certificates));
    }

    private static X509Certificate x509(Bytes der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
