package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Signatures;

/** Packed self attestation (WebAuthn L3 §8.2): the credential key signs its own registration; no x5c. */
public final class PackedSelfAttestation implements AttestationStatementFormat {

    @Override
    public AttestationFormat format() {
        return AttestationFormat.PACKED_SELF;
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        CredentialKeyPair key = input.credentialKey();
        // WebAuthn L3 §8.2 signing procedure: sig over authenticatorData ‖ clientDataHash with the credential key
        byte[] sig = Signatures.sign(key, input.signedData().toByteArray(), input.random());
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("alg", Cbor.integer(key.algorithm().coseId()))
                .put("sig", Cbor.bytes(sig))
                .build());
    }
}
