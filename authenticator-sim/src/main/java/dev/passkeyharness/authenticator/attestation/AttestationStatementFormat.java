package dev.passkeyharness.authenticator.attestation;

/** One attestation statement format (WebAuthn L3 §8): turns authenticator data and a client data hash into attStmt. */
public sealed interface AttestationStatementFormat
        permits NoneAttestation, PackedSelfAttestation, PackedAttestation, FidoU2fAttestation, TpmAttestation,
        AndroidKeyAttestation, AndroidSafetyNetAttestation, AppleAttestation {

    AttestationFormat format();

    AttestationStatement attest(AttestationInput input);
}
