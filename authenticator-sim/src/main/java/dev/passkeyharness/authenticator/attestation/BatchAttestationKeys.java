package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Attestation keys and their leaf certificates, one per certificate spec, reused across registrations as a batch
 * attestation key is on real devices. A tampered spec always gets a freshly issued key and certificate.
 */
final class BatchAttestationKeys {

    private final AttestationCa ca;
    private final AttestationCa.Issuer issuer;
    private final BiFunction<CoseAlgorithm, SecureRandom, CredentialKeyPair> keySource;
    private final Map<AttestationCertificateSpec, IssuedAttestationKey> batch = new HashMap<>();

    BatchAttestationKeys(AttestationCa ca, AttestationCa.Issuer issuer) {
        this(ca, issuer, KeyPairGeneration::generate);
    }

    /** Keys come from {@code keySource} (e.g. one long-lived key per algorithm) instead of fresh generation. */
    BatchAttestationKeys(AttestationCa ca, AttestationCa.Issuer issuer,
            BiFunction<CoseAlgorithm, SecureRandom, CredentialKeyPair> keySource) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.keySource = Objects.requireNonNull(keySource, "keySource");
    }

    synchronized IssuedAttestationKey keyFor(AttestationCertificateSpec spec,
            UnaryOperator<AttestationCertificateSpec> tamper, SecureRandom random) {
        AttestationCertificateSpec tampered = tamper.apply(spec);
        if (!spec.equals(tampered)) {
            return issue(tampered, random);
        }
        IssuedAttestationKey cached = batch.get(spec);
        if (cached == null) {
            cached = issue(spec, random);
            batch.put(spec, cached);
        }
        return cached;
    }

    private IssuedAttestationKey issue(AttestationCertificateSpec spec, SecureRandom random) {
        CredentialKeyPair key = keySource.apply(spec.keyAlgorithm(), random);
        return new IssuedAttestationKey(key, ca.issue(spec, key, issuer));
    }
}
