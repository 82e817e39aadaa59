package dev.passkeyharness.authenticator.client;

/** The DOMException names a WebAuthn client rejects a ceremony with (WebAuthn L3 §5.1.3, §5.1.4, §6.3). */
public enum DomExceptionName {
    /** The user or authenticator refused, no authenticator was eligible, or anything else went wrong. */
    NotAllowedError,
    /** The authenticator already holds a credential from excludeCredentials. */
    InvalidStateError,
    /** The RP ID is not valid for the caller's origin, or the origin is not a secure context. */
    SecurityError,
    /** No requested credential type or algorithm is supported. */
    NotSupportedError,
    /** The authenticator cannot satisfy a required option (resident key, user verification). */
    ConstraintError,
    /** The options are malformed: bad JSON, missing members, wrong types, bad base64url. */
    TypeError
}
