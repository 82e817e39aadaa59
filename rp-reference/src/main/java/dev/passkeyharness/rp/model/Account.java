package dev.passkeyharness.rp.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A user of the relying party.
 *
 * @param realm the API whose users this account is among
 * @param username the normalised email of an onboarding account, or the username a FIDO conformance client sent
 * @param userHandle the WebAuthn user.id (base64url of 32 random bytes), never derived from the username
 * @param passwordHash the Argon2id hash in its encoded form, or null for an account without a password
 */
public record Account(long id, AccountRealm realm, String username, String displayName, String userHandle, String passwordHash,
        Instant createdAt) {

    public Account {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(userHandle, "userHandle");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
