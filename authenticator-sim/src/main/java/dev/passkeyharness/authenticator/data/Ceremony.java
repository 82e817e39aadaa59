package dev.passkeyharness.authenticator.data;

/** A WebAuthn ceremony: registration (create) or authentication (get). */
public enum Ceremony {
    REGISTRATION,
    AUTHENTICATION
}
