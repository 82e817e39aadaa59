package dev.passkeyharness.conformance.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks that --origin is a web origin (scheme://host[:port]), as a page's origin is (HTML §7.5). */
final class Origins {

    private Origins() {
    }

    /** Returns the origin without a trailing slash; refuses anything that is not http(s)://host[:port]. */
    static String parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw notAnOrigin(text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean pathless = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || !pathless || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw notAnOrigin(text);
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static CliException notAnOrigin(String text) {
        return CliException.badInput("--origin '" + text + "' is not an origin; expected https://host[:port]");
    }
}
