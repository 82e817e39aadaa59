package dev.passkeyharness.authenticator.tamper;

/** The WebAuthn ceremony a tampering applies to. */
public enum Ceremony {
    REGISTRATION,
    AUTHENTICATION
}
