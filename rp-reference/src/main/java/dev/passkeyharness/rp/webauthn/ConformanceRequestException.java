package dev.passkeyharness.rp.webauthn;

/** A FIDO conformance API request that is not JSON of the expected shape; names the member at fault. */
public final class ConformanceRequestException extends Exception {

    private final String member;

    public ConformanceRequestException(String member, String message) {
        super(member.isEmpty() ? message : member + ": " + message);
        this.member = member;
    }

    /** The JSON member that was wrong, or "" for the document itself. */
    public String member() {
        return member;
    }
}
