package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the relying party accepts in its ceremonies. Defaults are strict: listed origins only, no cross-origin frames,
 * UV preferred, attestation "none" unless a trusted chain is required (then "direct").
 *
 * @param allowedOrigins exact origins C.origin may have (WebAuthn L3 §7.1 step 9)
 * @param attestation the attestation conveyance preference sent in creation options (WebAuthn L3 §5.4.7)
 * @param trustAnchors roots an attestation chain must lead to when {@code requireTrustedAttestation}
 * @param algorithms COSE algorithm identifiers offered in pubKeyCredParams, in preference order
 * @param metadata FIDO metadata that decides attestation trust, or null; with it, {@code trustAnchors} serve only
 *     authenticators without an AAGUID (fido-u2f)
 */
public record RelyingPartyPolicy(
        String rpId,
        String rpName,
        Set<String> allowedOrigins,
        UserVerification userVerification,
        String attestation,
        List<X509Certificate> trustAnchors,
        boolean requireTrustedAttestation,
        Duration challengeTimeout,
        List<Long> algorithms,
        AuthenticatorMetadata metadata) {

    /**
     * ES256, EdDSA, ES384, ES512, PS256, RS256, then PS384, PS512, RS384, RS512 (IANA COSE Algorithms): every algorithm
     * webauthn4j verifies except RS1, whose SHA-1 is broken for signatures (RFC 8812 §2 deprecates it). ES256K is not
     * here because webauthn4j has no secp256k1 curve.
     */
    public static final List<Long> DEFAULT_ALGORITHMS =
            List.of(-7L, -8L, -35L, -36L, -37L, -257L, -38L, -39L, -258L, -259L);
    public static final Duration DEFAULT_CHALLENGE_TIMEOUT = Duration.ofMinutes(5);

    public RelyingPartyPolicy {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(rpName, "rpName");
        Objects.requireNonNull(userVerification, "userVerification");
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(challengeTimeout, "challengeTimeout");
        allowedOrigins = Set.copyOf(allowedOrigins);
        trustAnchors = List.copyOf(trustAnchors);
        algorithms = List.copyOf(algorithms);
        if (rpId.isBlank() || allowedOrigins.isEmpty()) {
            throw new IllegalArgumentException("an RP needs an rpId and at least one allowed origin");
        }
        if (!Set.of("none", "indirect", "direct", "enterprise").contains(attestation)) {
            throw new IllegalArgumentException("unknown attestation conveyance '" + attestation + "'");
        }
        if (requireTrustedAttestation && metadata != null) {
            throw new IllegalArgumentException("trust comes either from metadata or from the trust anchors alone");
        }
        if (requireTrustedAttestation && trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("trusted attestation is required but no trust anchor is configured");
        }
        if (challengeTimeout.isNegative() || challengeTimeout.isZero()) {
            throw new IllegalArgumentException("challengeTimeout must be positive");
        }
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("at least one algorithm must be offered");
        }
    }

    /** The strict defaults for one RP ID and its origins. */
    public static RelyingPartyPolicy of(String rpId, String rpName, Set<String> allowedOrigins) {
        return new RelyingPartyPolicy(rpId, rpName, allowedOrigins, UserVerification.PREFERRED, "none", List.of(),
                false, DEFAULT_CHALLENGE_TIMEOUT, DEFAULT_ALGORITHMS, null);
    }

    public RelyingPartyPolicy withUserVerification(UserVerification value) {
        return new RelyingPartyPolicy(rpId, rpName, allowedOrigins, value, attestation, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, metadata);
    }

    /** Requires an attestation chain to one of {@code anchors}; asks for "direct" attestation. */
    public RelyingPartyPolicy withTrustedAttestation(List<X509Certificate> anchors) {
        return new RelyingPartyPolicy(rpId, rpName, allowedOrigins, userVerification, "direct", anchors, true,
                challengeTimeout, algorithms, null);
    }

    /**
     * Attestation trust from FIDO metadata (WebAuthn L3 §7.1 steps 23-24): an attestation must chain to its
     * authenticator's attestationRootCertificates and the authenticator must not be compromised; {@code anchors} serve
     * authenticators without an AAGUID. Asks for "direct" attestation; "none" stays acceptable.
     */
    public RelyingPartyPolicy withMetadata(AuthenticatorMetadata value, List<X509Certificate> anchors) {
        return new RelyingPartyPolicy(rpId, rpName, allowedOrigins, userVerification, "direct", anchors, false,
                challengeTimeout, algorithms, Objects.requireNonNull(value, "metadata"));
    }

    public RelyingPartyPolicy withChallengeTimeout(Duration value) {
        return new RelyingPartyPolicy(rpId, rpName, allowedOrigins, userVerification, attestation, trustAnchors,
                requireTrustedAttestation, value, algorithms, metadata);
    }

    public RelyingPartyPolicy withAlgorithms(List<Long> value) {
        return new RelyingPartyPolicy(rpId, rpName, allowedOrigins, userVerification, attestation, trustAnchors,
                requireTrustedAttestation, challengeTimeout, value, metadata);
    }

    /** Reads every certificate of the given PEM (or DER) files, in order, for use as trust anchors. */
    public static List<X509Certificate> loadPemCertificates(Path... files) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        out.add((X509Certificate) c);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("not a certificate file: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }
}
