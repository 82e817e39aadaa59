package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;

/** The none format (WebAuthn L3 §8.7): no attestation, an empty attStmt. */
public final class NoneAttestation implements AttestationStatementFormat {

    @Override
    public AttestationFormat format() {
        return AttestationFormat.NONE;
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        return new AttestationStatement(format().fmt(), Cbor.map().build());
    }
}
