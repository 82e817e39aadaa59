package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import java.util.Set;

/** Maps a failed ceremony to an exit code: the caller's mistake is bad input (2), a refusal is a failure (1). */
final class DomErrors {

    /** WebAuthn L3 §5.1.3 / §5.1.4: these reject the call for what the caller passed, before any authenticator acts. */
    private static final Set<String> CALLER_ERRORS = Set.of("SecurityError", "TypeError", "SyntaxError", "EncodingError");

    private DomErrors() {
    }

    static CliException toCliException(WebAuthnClientException e) {
        String message = e.name() + (e.detail() == null ? "" : ": " + e.detail());
        return CALLER_ERRORS.contains(e.name().name()) ? CliException.badInput(message) : CliException.refused(message);
    }
}
