package dev.passkeyharness.conformance.catalogue;

/** Which part of the RP a check exercises. */
public enum CheckCeremony {
    /** The options the RP sends (challenge, user.id, pubKeyCredParams, excludeCredentials…), checked by shape. */
    OPTIONS,
    /** A registration response sent to the RP (WebAuthn L3 §7.1). */
    REGISTRATION,
    /** An authentication response sent to the RP (WebAuthn L3 §7.2). */
    AUTHENTICATION,
    /** A multi-step onboarding scenario through the onboarding API. */
    JOURNEY,
    /** A multi-step onboarding scenario through the RP's pages in headless Chromium (run --browser). */
    BROWSER
}
