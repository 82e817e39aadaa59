package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Attestation keys and their leaf certificates, one per certificate spec and issuer, shared by every device that
 * attests through the same CA, as one batch key serves a whole model of real devices (FIDO batch attestation). A
 * batch key is derived from the CA's secret and the spec, so the same CA always issues the same key for it, whichever
 * device asks first. A tampered spec gets a freshly issued certificate, for the batch key unless the tampering changed
 * the key's algorithm.
 */
final class BatchAttestationKeys {

    private final AttestationCa ca;
    private final AttestationCa.Issuer issuer;

    BatchAttestationKeys(AttestationCa ca, AttestationCa.Issuer issuer) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /** The batch key and certificate for the spec, the same whichever device of the CA asks, and whenever. */
    IssuedAttestationKey keyFor(AttestationCertificateSpec spec) {
        BatchId id = new BatchId(spec, issuer);
        return ca.batch().computeIfAbsent(id, k -> issue(spec, derivedRandom(id)));
    }

    IssuedAttestationKey keyFor(AttestationCertificateSpec spec,
            UnaryOperator<AttestationCertificateSpec> tamper, SecureRandom random) {
        AttestationCertificateSpec tampered = tamper.apply(spec);
        IssuedAttestationKey batch = keyFor(spec);
        if (spec.equals(tampered)) {
            return batch;
        }
        // a wrong certificate for the batch key, unless the fault is the key's algorithm itself (an RSA key costs
        // a tenth of a second to make, and the fault is in the certificate, not the key)
        CredentialKeyPair key = tampered.keyAlgorithm() == spec.keyAlgorithm() ? batch.key()
                : KeyPairGeneration.generate(tampered.keyAlgorithm(), random);
        return new IssuedAttestationKey(key, ca.issue(tampered, key, issuer));
    }

    private DeterministicRandom derivedRandom(BatchId id) {
        byte[] label = id.toString().getBytes(StandardCharsets.UTF_8);
        return new DeterministicRandom(Sha256.of(Bytes.concat(ca.secret().toByteArray(), label)).toByteArray(),
                "batch-attestation-key");
    }

    private IssuedAttestationKey issue(AttestationCertificateSpec spec, SecureRandom random) {
        CredentialKeyPair key = KeyPairGeneration.generate(spec.keyAlgorithm(), random);
        return new IssuedAttestationKey(key, ca.issue(spec, key, issuer));
    }

    private record BatchId(AttestationCertificateSpec spec, AttestationCa.Issuer issuer) {
    }
}
