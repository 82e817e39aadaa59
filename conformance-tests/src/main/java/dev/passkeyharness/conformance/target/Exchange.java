package dev.passkeyharness.conformance.target;

import java.util.Objects;

/** One HTTP request to the target and its answer, kept for reports and transcripts. */
public record Exchange(String method, String path, String requestBody, int status, String responseBody, long millis) {

    public Exchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        requestBody = requestBody == null ? "" : requestBody;
        responseBody = responseBody == null ? "" : responseBody;
    }
}
