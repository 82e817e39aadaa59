package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.profile.CounterMode;
import dev.passkeyharness.authenticator.store.StoredCredential;

/** Produces signCount values according to the profile's counter mode (WebAuthn L3 §6.1.1). */
final class SignCounter {

    private final CounterMode mode;
    private final AuthenticatorState state;

    SignCounter(CounterMode mode, AuthenticatorState state) {
        this.mode = mode;
        this.state = state;
    }

    long forNewCredential() {
        return switch (mode) {
            case PER_CREDENTIAL, ALWAYS_ZERO -> 0;
            case GLOBAL -> state.nextGlobalSignCount();
        };
    }

    long forAssertion(StoredCredential credential) {
        return switch (mode) {
            case PER_CREDENTIAL -> (credential.signCount() + 1) & 0xFFFFFFFFL;
            case GLOBAL -> state.nextGlobalSignCount();
            case ALWAYS_ZERO -> 0;
        };
    }
}
