package dev.passkeyharness.conformance.kill;

/** Each verification rule the lenient RP enforces; the kill test switches them off one at a time. */
enum Step {
    // WebAuthn L3 §7.1 / §7.2
    RESPONSE_STRUCTURE,
    CREDENTIAL_TYPE,
    TYPE,
    CHALLENGE,
    CHALLENGE_SINGLE_USE,
    CHALLENGE_SESSION,
    CHALLENGE_EXPIRY,
    ORIGIN,
    CROSS_ORIGIN,
    RP_ID_HASH,
    USER_PRESENT,
    USER_VERIFIED,
    BACKUP_FLAGS,
    ALGORITHM,
    ATTESTATION_STATEMENT,
    CREDENTIAL_ID_LENGTH,
    CREDENTIAL_ID_MATCHES,
    DUPLICATE_CREDENTIAL,
    KNOWN_CREDENTIAL,
    ALLOWED_CREDENTIAL,
    USER_HANDLE,
    SIGNATURE,
    COUNTER,
    // attestation trust from FIDO metadata (WebAuthn L3 §7.1 steps 23-24, FIDO Metadata Service v3 §3.2)
    ATTESTATION_TRUST,
    ATTESTATION_TYPE,
    AUTHENTICATOR_STATUS,
    METADATA_FRESHNESS,
    METADATA_SIGNATURE,
    METADATA_CHAIN,
    METADATA_REVOCATION
}
