package dev.passkeyharness.rp.account;

/** Refused: a FIDO conformance username that is blank, too long or holds control characters. */
public final class InvalidUsernameException extends AccountException {

    public InvalidUsernameException(String message) {
        super(message);
    }
}
