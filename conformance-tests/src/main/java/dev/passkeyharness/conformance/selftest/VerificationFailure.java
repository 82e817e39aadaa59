package dev.passkeyharness.conformance.selftest;

/** The in-process verifier refused a response; the message names the rule (the webauthn4j exception) and the detail. */
public final class VerificationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public VerificationFailure(String message) {
        super(message);
    }

    public VerificationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
