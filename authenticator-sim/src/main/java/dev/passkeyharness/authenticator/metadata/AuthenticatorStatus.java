package dev.passkeyharness.authenticator.metadata;

/** The FIDO MDS3 authenticator statuses the test metadata writes (FIDO Metadata Service v3 §3.1.4). */
public enum AuthenticatorStatus {
    FIDO_CERTIFIED,
    REVOKED,
    USER_VERIFICATION_BYPASS,
    ATTESTATION_KEY_COMPROMISE,
    USER_KEY_REMOTE_COMPROMISE,
    USER_KEY_PHYSICAL_COMPROMISE
}
