package dev.passkeyharness.conformance.selftest;

import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.CertificateBaseAttestationStatement;
import dev.passkeyharness.authenticator.data.Bytes;

/**
 * A credential the verifier accepted at registration, as an RP stores it. The record's counter moves on with each
 * accepted assertion.
 */
public record VerifiedCredential(Bytes credentialId, String fmt, CredentialRecord record) {

    /** Whether the attestation statement carried a certificate chain (x5c), i.e. full rather than self attestation. */
    public boolean hasCertificateChain() {
        AttestationStatement statement = record.getAttestationStatement();
        return statement instanceof CertificateBaseAttestationStatement c && c.getX5c() != null && !c.getX5c().isEmpty();
    }

    public long signCount() {
        return record.getCounter();
    }
}
