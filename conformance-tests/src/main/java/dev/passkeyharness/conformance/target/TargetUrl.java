package dev.passkeyharness.conformance.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A target's base URL, which may carry a path prefix ({@code http://host/fido}), and the origin a browser on its pages
 * has (scheme://host[:port], HTML §7.5).
 */
public record TargetUrl(URI base, String origin) {

    public TargetUrl {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(origin, "origin");
    }

    /** Parses an http(s) URL without query or fragment; the origin is the URL's own unless {@code origin} is given. */
    public static TargetUrl parse(String url, String origin) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not an http(s) URL without query or fragment: '" + url + "'");
        }
        String own = scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new TargetUrl(uri, origin == null ? own : origin);
    }

    /** {@code path} (starting with '/') under the base's path prefix: {@code http://h/fido} + {@code /a} → {@code http://h/fido/a}. */
    public URI resolve(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("an endpoint path starts with '/': " + path);
        }
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        String authority = base.getRawAuthority();
        return URI.create(base.getScheme() + "://" + authority + prefix + path);
    }

    /** Whether the URL's host is this machine: localhost, 127.0.0.0/8 or ::1. */
    public boolean loopback() {
        String host = base.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("[::1]") || host.equals("::1");
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
