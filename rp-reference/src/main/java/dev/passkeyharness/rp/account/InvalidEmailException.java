package dev.passkeyharness.rp.account;

/** Refused: the text is not an email address of a sane shape. */
public final class InvalidEmailException extends AccountException {

    public InvalidEmailException(String message) {
        super(message);
    }
}
