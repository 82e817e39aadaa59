package dev.passkeyharness.conformance.catalogue;

import java.util.Objects;

/**
 * What every check has, whatever it exercises: for listings, reports and messages.
 *
 * @param id the FIDO conformance test id with its P-/F- number where one exists (e.g.
 *     "Server-ServerAuthenticatorAssertionResponse-Resp-3 F-4"), else a dotted id of our own
 * @param specRef the rule's source, e.g. "WebAuthn L3 §7.1 step 13"
 * @param source where the check was defined ({@code file:line}), for error messages
 */
public record CheckHeader(String id, String title, String specRef, Level level, String source) {

    public CheckHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(specRef, "specRef");
        Objects.requireNonNull(level, "level");
        if (id.isBlank() || title.isBlank() || specRef.isBlank()) {
            throw new IllegalArgumentException("a check needs an id, a title and a specRef");
        }
    }
}
