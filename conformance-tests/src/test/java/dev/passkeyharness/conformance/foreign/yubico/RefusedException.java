package dev.passkeyharness.conformance.foreign.yubico;

/** A request the server refuses: the conformance API's {@code status: "failed"} with HTTP 400 and the reason. */
final class RefusedException extends RuntimeException {

    RefusedException(String message) {
        super(message);
    }

    RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
