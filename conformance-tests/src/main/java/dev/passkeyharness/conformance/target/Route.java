package dev.passkeyharness.conformance.target;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Where one step's endpoint lives: an HTTP method and a path relative to the target URL, which may carry a query and
 * placeholders ({@code /api/passkeys/${credentialId}}, {@code /options?user=${username}}), percent-encoded when sent.
 */
public record Route(String method, String path) {

    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", not " + method);
        }
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == '#')) {
            throw new IllegalArgumentException("path must start with '/' and hold no spaces or fragment: " + path);
        }
    }

    /** "METHOD /path". */
    public static Route parse(String text) {
        String[] parts = text.trim().split(" +");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected 'METHOD /path', not '" + text + "'");
        }
        return new Route(parts[0], parts[1]);
    }

    /** The path with its placeholders' values, percent-encoded. */
    String pathWith(Placeholders values) {
        return values.interpolate(path, text -> URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** A method that carries no body: GET and DELETE. */
    boolean bodiless() {
        return method.equals("GET") || method.equals("DELETE");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
