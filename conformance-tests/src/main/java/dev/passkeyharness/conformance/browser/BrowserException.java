package dev.passkeyharness.conformance.browser;

/** The browser could not be started or driven (not a verdict about the RP). */
public final class BrowserException extends RuntimeException {

    public BrowserException(String message, Throwable cause) {
        super(message, cause);
    }
}
