package dev.passkeyharness.authenticator.tamper.edit;

/** A response edit that cannot be made as written: its pointer addresses nothing editable, or its op does not fit. */
public final class InvalidEditException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidEditException(String message) {
        super(message);
    }
}
