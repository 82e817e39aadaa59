package dev.passkeyharness.conformance.target;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a server's CSRF token comes from and how requests send it back (OWASP's synchronizer token and double-submit
 * cookie patterns): read from a cookie, from a header of a page's answer, or from a page by a pattern whose first
 * group is the token; sent in a request header, and as {@code ${csrf}} wherever a template names it.
 *
 * @param page the page that gives the token (header and page sources); its answer is read after sign-up and log-in
 *     again, as servers issue a new token with a new session
 * @param sendHeader the header every request but GET carries the token in; empty to send it only through templates
 */
public record CsrfSpec(Source source, String name, Optional<Route> page, Optional<Pattern> pattern,
        Optional<String> sendHeader) {

    /** Where the token is read. */
    public enum Source {
        /** A cookie the server set, {@code name}. */
        COOKIE,
        /** A header {@code name} of the page's answer. */
        HEADER,
        /** The page's body, by {@code pattern}. */
        PAGE
    }

    public CsrfSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(sendHeader, "sendHeader");
        if (source != Source.COOKIE && page.isEmpty()) {
            throw new IllegalArgumentException("a token read from a page's answer needs the page");
        }
        if (source == Source.PAGE && pattern.isEmpty()) {
            throw new IllegalArgumentException("a token read from a page needs a pattern");
        }
    }
}
