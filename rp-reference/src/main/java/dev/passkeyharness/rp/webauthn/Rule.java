package dev.passkeyharness.rp.webauthn;

/**
 * Why the reference RP refused a ceremony: every rule it enforces, with the stable id it sends in the {@code rule}
 * member and errorMessage prefix, and where the rule comes from. The ids are the conformance harness's rule ids.
 */
public enum Rule {
    MALFORMED("malformed", "WebAuthn L3 §7.1 steps 5-6, 12 / §7.2 steps 8-9 (decode JSON, base64url, CBOR)"),
    CREDENTIAL_TYPE("credential-type", "WebAuthn L3 §5.1 (PublicKeyCredential type is \"public-key\")"),
    RESPONSE_TYPE("response-type", "WebAuthn L3 §7.1 step 3 / §7.2 step 3 (attestation vs assertion response)"),
    TYPE("type", "WebAuthn L3 §7.1 step 7 / §7.2 step 10 (C.type)"),
    CHALLENGE("challenge", "WebAuthn L3 §7.1 step 8 / §7.2 step 11 (C.challenge)"),
    CHALLENGE_EXPIRED("challenge-expired", "WebAuthn L3 §13.4.3 (challenge valid for the ceremony's timeout)"),
    CHALLENGE_REPLAYED("challenge-replayed", "WebAuthn L3 §13.4.3 (challenges are single-use)"),
    CHALLENGE_SESSION("challenge-session", "WebAuthn L3 §13.4.3 (challenge bound to the session that asked for it)"),
    ORIGIN("origin", "WebAuthn L3 §7.1 step 9 / §7.2 step 12 (C.origin)"),
    CROSS_ORIGIN("cross-origin", "WebAuthn L3 §7.1 step 10 / §7.2 step 13 (C.crossOrigin, C.topOrigin)"),
    TOKEN_BINDING("token-binding", "WebAuthn L2 §7.1 step 10 (C.tokenBinding; reserved in L3)"),
    RP_ID_HASH("rp-id-hash", "WebAuthn L3 §7.1 step 13 / §7.2 step 14 (rpIdHash)"),
    USER_PRESENT("user-present", "WebAuthn L3 §7.1 step 14 / §7.2 step 15 (UP flag)"),
    USER_VERIFIED("user-verified", "WebAuthn L3 §7.1 step 15 / §7.2 step 16 (UV flag when required)"),
    BACKUP_FLAGS("backup-flags", "WebAuthn L3 §7.1 step 16 / §7.2 steps 17-18 (BS needs BE; BE never changes)"),
    ALGORITHM("algorithm", "WebAuthn L3 §7.1 step 19 (credential key alg in pubKeyCredParams)"),
    EXTENSIONS("extensions", "WebAuthn L3 §7.1 step 20 / §7.2 steps 19-20 (extension outputs)"),
    ATTESTATION_FORMAT("attestation-format", "WebAuthn L3 §7.1 step 21 (fmt among supported formats)"),
    ATTESTATION_STATEMENT("attestation-statement", "WebAuthn L3 §7.1 step 22 (attStmt verification procedure, §8)"),
    ATTESTATION_UNTRUSTED("attestation-untrusted", "WebAuthn L3 §7.1 steps 23-24 (attestation trustworthiness)"),
    ATTESTATION_TYPE("attestation-type",
            "WebAuthn L3 §7.1 step 23 (attestation type among the metadata statement's attestationTypes)"),
    AUTHENTICATOR_STATUS("authenticator-status",
            "FIDO Metadata Service v3 §3.1.4 (REVOKED or a compromise is the authenticator's latest status)"),
    METADATA_STALE("metadata-stale", "FIDO Metadata Service v3 §3.2 (the BLOB's nextUpdate has passed)"),
    CREDENTIAL_ID_TOO_LONG("credential-id-too-long", "WebAuthn L3 §7.1 step 25 (credentialId at most 1023 bytes)"),
    CREDENTIAL_ID_MISMATCH("credential-id-mismatch", "WebAuthn L3 §5.1 (id and rawId name the credential in authData)"),
    DUPLICATE_CREDENTIAL("duplicate-credential", "WebAuthn L3 §7.1 step 26 (credentialId not yet registered)"),
    CREDENTIAL_NOT_ALLOWED("credential-not-allowed", "WebAuthn L3 §7.2 step 5 (credential.id in allowCredentials)"),
    UNKNOWN_CREDENTIAL("unknown-credential", "WebAuthn L3 §7.2 step 6 (credential record for credential.id)"),
    USER_HANDLE("user-handle", "WebAuthn L3 §7.2 step 6 (userHandle names the credential's owner)"),
    SIGNATURE("signature", "WebAuthn L3 §7.2 step 21 (signature over authData || hash)"),
    COUNTER("counter", "WebAuthn L3 §7.2 step 22 (signCount must grow; possibly cloned authenticator)"),
    OTHER("other", "WebAuthn L3 §7.1 / §7.2 (a verification failure with no more specific rule)");

    private final String id;
    private final String specReference;

    Rule(String id, String specReference) {
        this.id = id;
        this.specReference = specReference;
    }

    /** The stable identifier, used in errorMessage prefixes and reports. */
    public String id() {
        return id;
    }

    public String specReference() {
        return specReference;
    }
}
