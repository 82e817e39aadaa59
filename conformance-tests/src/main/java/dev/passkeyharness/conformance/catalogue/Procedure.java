package dev.passkeyharness.conformance.catalogue;

/**
 * How the tested step is reached, beyond plain options → response. Each is one deliberate defect in the ceremony's
 * flow rather than in its bytes.
 */
public enum Procedure {
    /** Options, then the (possibly tampered) response, in one session. */
    STANDARD,
    /** A correct response is accepted, then the very same response is sent again; the second answer is judged. */
    REPLAY,
    /** Options in one session, the response in a fresh one (WebAuthn L3 §13.4.3: challenges bound to the session). */
    OTHER_SESSION,
    /** The response arrives after the challenge's timeout; needs a target whose clock the runner controls. */
    EXPIRED_CHALLENGE,
    /** Authentication with a credential the RP never registered. */
    UNKNOWN_CREDENTIAL,
    /** Username-first authentication for one user, answered with another user's registered credential. */
    OTHER_USERS_CREDENTIAL,
    /** Registration of a credential ID that another account already registered (a cloned authenticator). */
    DUPLICATE_CREDENTIAL,
    /** The authentication response of a registered credential sent to the registration endpoint, and vice versa. */
    WRONG_ENDPOINT
}
