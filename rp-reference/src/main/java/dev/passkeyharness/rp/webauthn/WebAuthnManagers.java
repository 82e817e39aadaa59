package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.verifier.attestation.statement.AttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.androidkey.AndroidKeyAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.androidsafetynet.AndroidSafetyNetAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.apple.AppleAnonymousAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.u2f.FIDOU2FAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.CertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.NullCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.self.DefaultSelfAttestationTrustworthinessVerifier;
import dev.passkeyharness.rp.metadata.AttestationTrustPaths;
import dev.passkeyharness.rp.metadata.FixedTrustAnchors;
import dev.passkeyharness.rp.metadata.MetadataTrustAnchors;
import com.webauthn4j.anchor.TrustAnchorRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Assembles the webauthn4j verifier: every attestation format, and trust as a policy demands. */
final class WebAuthnManagers {

    /** The attestation statement formats verified (WebAuthn L3 §8, IANA registry). */
    static final Set<String> FORMATS = Set.of("none", "packed", "fido-u2f", "tpm", "android-key", "android-safetynet",
            "apple");

    static final ObjectConverter CONVERTER = new ObjectConverter();

    private WebAuthnManagers() {
    }

    /** One manager per (policy, clock): building one assembles every format's verifier, so it is done once. */
    private static final Map<Key, WebAuthnManager> CACHE = new ConcurrentHashMap<>();

    private record Key(RelyingPartyPolicy policy, Clock clock) {
    }

    static WebAuthnManager forPolicy(RelyingPartyPolicy policy, Clock clock) {
        if (CACHE.size() > 64) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(new Key(policy, clock), key -> build(key.policy(), key.clock()));
    }

    private static WebAuthnManager build(RelyingPartyPolicy policy, Clock clock) {
        CertPathTrustworthinessVerifier certPath;
        if (policy.metadata() != null || policy.requireTrustedAttestation()) {
            TrustAnchorRepository anchors = policy.metadata() != null
                    ? new MetadataTrustAnchors(policy.metadata(), policy.trustAnchors())
                    : new FixedTrustAnchors(policy.trustAnchors());
            certPath = chainTo(anchors, clock);
        } else {
            // signatures are still verified by each format; only the chain's trust is not required
            certPath = new NullCertPathTrustworthinessVerifier();
        }
        // with metadata, self attestation is judged by the entry's attestationTypes (MetadataVerification)
        return assemble(certPath, !policy.requireTrustedAttestation());
    }

    private static WebAuthnManager assemble(CertPathTrustworthinessVerifier certPath, boolean selfAttestationAllowed) {
        List<AttestationStatementVerifier> formats = List.of(
                new NoneAttestationStatementVerifier(),
                new PackedAttestationStatementVerifier(),
                new FIDOU2FAttestationStatementVerifier(),
                new TpmAttestationVerifier(),
                new AndroidKeyAttestationStatementVerifier(),
                new AndroidSafetyNetAttestationStatementVerifier(),
                new AppleAnonymousAttestationStatementVerifier());
        return new WebAuthnManager(formats, certPath,
                new DefaultSelfAttestationTrustworthinessVerifier(selfAttestationAllowed), CONVERTER);
    }

    private static CertPathTrustworthinessVerifier chainTo(TrustAnchorRepository anchors, Clock clock) {
        AttestationTrustPaths chain = new AttestationTrustPaths(anchors);
        // WebAuthn L3 §7.1 step 24: the chain is validated at the RP's time, not the library's own clock
        return (aaguid, statement, ignored) -> chain.verify(aaguid, statement, clock.instant());
    }
}
