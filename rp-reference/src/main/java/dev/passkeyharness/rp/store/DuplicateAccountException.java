package dev.passkeyharness.rp.store;

/** Refused: an account with this username already exists. */
public final class DuplicateAccountException extends StoreException {

    private final String username;

    public DuplicateAccountException(String username) {
        super("an account with username '" + username + "' already exists");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
