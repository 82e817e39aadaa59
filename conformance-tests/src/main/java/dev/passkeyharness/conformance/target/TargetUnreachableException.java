package dev.passkeyharness.conformance.target;

/** The target did not answer at all (connection refused, timed out): no check can run. */
public final class TargetUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TargetUnreachableException(String url, Throwable cause) {
        super("target " + url + " is unreachable: " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
