package dev.passkeyharness.conformance.ceremony;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import java.util.Objects;

/**
 * One ceremony to run: the authenticator to talk to, the page's origin, the options JSON the RP sent (the W3C JSON
 * form), and the tamperings the client applies at its own stages (client data, encoding).
 */
public record CeremonyRequest(Ctap2Authenticator authenticator, String origin, String optionsJson, TamperSet tamperings) {

    public CeremonyRequest {
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(optionsJson, "optionsJson");
        Objects.requireNonNull(tamperings, "tamperings");
    }
}
