package dev.passkeyharness.conformance.target;

/**
 * Which JSON dialect a target at a URL speaks: how its request and answer bodies are shaped. Where its endpoints live
 * is data ({@link ApiDescriptions#builtIn}).
 */
public enum Api {
    /** The FIDO2 server conformance API: /attestation/options|result, /assertion/options|result. */
    CONFORMANCE,
    /** The reference RP's onboarding API: /api/signup, /api/passkeys/… */
    ONBOARDING
}
