package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import java.util.Objects;

/** Assembles a {@link WebAuthnClient}: the authenticator it talks to, the page's origin and the optional settings. */
public final class WebAuthnClientBuilder {

    private final Ctap2Authenticator authenticator;
    private final String origin;
    private TamperSet tamperings = TamperSet.NONE;
    private String topOrigin;
    private int accountIndex;

    WebAuthnClientBuilder(Ctap2Authenticator authenticator, String origin) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public WebAuthnClientBuilder tamperings(TamperSet value) {
        this.tamperings = Objects.requireNonNull(value);
        return this;
    }

    /** The top-level origin when the page is embedded in another site's frame; makes crossOrigin true. */
    public WebAuthnClientBuilder topOrigin(String value) {
        this.topOrigin = Objects.requireNonNull(value);
        return this;
    }

    /** Which account the user picks when several discoverable credentials match (0 is the first). */
    public WebAuthnClientBuilder accountIndex(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("accountIndex must not be negative");
        }
        this.accountIndex = value;
        return this;
    }

    public WebAuthnClient build() {
        return new WebAuthnClient(authenticator, origin, tamperings, topOrigin, accountIndex);
    }
}
