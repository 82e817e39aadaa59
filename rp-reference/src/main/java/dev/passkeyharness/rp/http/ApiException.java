package dev.passkeyharness.rp.http;

import java.util.Objects;

/**
 * A request the RP refuses: the HTTP status, a message a person can read and, for WebAuthn failures, the id of the
 * rule that failed. The one exception handler turns it into {@code {"status":"failed","errorMessage":…}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String rule;

    public ApiException(int status, String message, String rule) {
        super(Objects.requireNonNull(message, "message"));
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("ApiException is for 4xx answers");
        }
        this.status = status;
        this.rule = rule;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message, null);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message, null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message, null);
    }

    public int status() {
        return status;
    }

    /** The failed rule's id, or null when the failure is not a verification rule. */
    public String rule() {
        return rule;
    }
}
