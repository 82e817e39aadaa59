package dev.passkeyharness.authenticator.tamper.edit;

/** An edit of a member the response does not have; {@code pointer} names it. */
public final class MissingMemberException extends IllegalArgumentException {

    private final String pointer;

    public MissingMemberException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    /** The JSON pointer of the missing member. */
    public String pointer() {
        return pointer;
    }
}
