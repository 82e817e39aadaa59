package dev.passkeyharness.conformance.cli;

/** A command cannot go on: carries the exit code and the one line to show on stderr. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException badInput(String message) {
        return new CliException(ExitCodes.BAD_INPUT, message);
    }

    static CliException refused(String message) {
        return new CliException(ExitCodes.CHECK_FAILED, message);
    }

    static CliException unreachable(String message) {
        return new CliException(ExitCodes.TARGET_UNREACHABLE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
