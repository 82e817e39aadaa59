package dev.passkeyharness.conformance.target;

/** Which JSON API a target at a URL speaks. */
public enum Api {
    /** The FIDO2 server conformance API: /attestation/options|result, /assertion/options|result. */
    CONFORMANCE,
    /** The reference RP's onboarding API: /api/signup, /api/passkeys/… */
    ONBOARDING
}
