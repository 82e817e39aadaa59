package dev.passkeyharness.authenticator.profile;

/** How the signature counter moves (WebAuthn L3 §6.1.1). */
public enum CounterMode {
    /** One counter per credential, +1 on each assertion. */
    PER_CREDENTIAL,
    /** One counter for the whole authenticator, +1 on each makeCredential and getAssertion. */
    GLOBAL,
    /** Always 0, as synced passkey providers send. */
    ALWAYS_ZERO
}
