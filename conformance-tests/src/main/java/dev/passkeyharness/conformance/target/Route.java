package dev.passkeyharness.conformance.target;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Where one endpoint lives: an HTTP method and a path relative to the target URL, which may name the credential as
 * {@code {credentialId}}.
 */
public record Route(String method, String path) {

    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");
    static final String CREDENTIAL_ID = "{credentialId}";

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", not " + method);
        }
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == '?' || c == '#')) {
            throw new IllegalArgumentException("path must start with '/' and hold no spaces, query or fragment: "
                    + path);
        }
    }

    /** The path with {@code {credentialId}} replaced by {@code credentialId}, percent-encoded. */
    public String pathFor(String credentialId) {
        return path.replace(CREDENTIAL_ID, URLEncoder.encode(credentialId, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
