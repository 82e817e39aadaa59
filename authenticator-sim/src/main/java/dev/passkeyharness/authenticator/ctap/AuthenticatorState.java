package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.store.CredentialStore;
import java.security.SecureRandom;
import java.util.Objects;

/** What an authenticator remembers between commands: its credentials, its wrapping key and its global counter. */
public final class AuthenticatorState {

    private final CredentialStore store;
    private Bytes wrappingKey;
    private long globalSignCount;

    public AuthenticatorState(CredentialStore store, Bytes wrappingKey, long globalSignCount) {
        this.store = Objects.requireNonNull(store);
        this.wrappingKey = Objects.requireNonNull(wrappingKey);
        this.globalSignCount = globalSignCount;
    }

    public static AuthenticatorState fresh(SecureRandom random) {
        return new AuthenticatorState(new CredentialStore(), newWrappingKey(random), 0);
    }

    public CredentialStore store() {
        return store;
    }

    public synchronized Bytes wrappingKey() {
        return wrappingKey;
    }

    public synchronized long globalSignCount() {
        return globalSignCount;
    }

    /** Increments and returns the global counter. */
    synchronized long nextGlobalSignCount() {
        globalSignCount = (globalSignCount + 1) & 0xFFFFFFFFL;
        return globalSignCount;
    }

    /** CTAP 2.1 §6.6: reset removes every credential and invalidates every wrapped credential ID. */
    synchronized void reset(SecureRandom random) {
        store.clear();
        wrappingKey = newWrappingKey(random);
        globalSignCount = 0;
    }

    private static Bytes newWrappingKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Bytes.of(key);
    }
}
