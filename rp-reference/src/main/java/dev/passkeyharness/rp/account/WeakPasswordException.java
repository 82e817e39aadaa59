package dev.passkeyharness.rp.account;

/** Refused: the password breaks the {@link PasswordPolicy}. */
public final class WeakPasswordException extends AccountException {

    public WeakPasswordException(String message) {
        super(message);
    }
}
