package dev.passkeyharness.conformance.junit;

/**
 * A check the harness could not carry out (bad check data, a runner bug): the test errs with it rather than failing
 * an assertion, so JUnit reporters (Surefire's {@code <error>}) keep it apart from the RP's failures.
 */
public final class HarnessErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HarnessErrorException(String message) {
        super(message);
    }
}
