package dev.passkeyharness.rp.account;

/** Refused: the display name is too long or holds control characters. */
public final class InvalidDisplayNameException extends AccountException {

    public InvalidDisplayNameException(String message) {
        super(message);
    }
}
