package dev.passkeyharness.conformance.cli;

/** The process exit codes of every passkey-harness command. */
public final class ExitCodes {

    /** Everything passed. */
    public static final int OK = 0;
    /** A check failed or a ceremony was refused. */
    public static final int CHECK_FAILED = 1;
    /** Bad arguments or input; the message on stderr names the problem. */
    public static final int BAD_INPUT = 2;
    /** The target RP could not be reached. */
    public static final int TARGET_UNREACHABLE = 3;
    /** No required check failed, but the harness could not carry out some check (its own error, not the RP's). */
    public static final int HARNESS_ERROR = 4;

    private ExitCodes() {
    }
}
