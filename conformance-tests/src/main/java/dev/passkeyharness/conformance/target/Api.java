package dev.passkeyharness.conformance.target;

import java.util.Locale;

/** The reference RP's two APIs, each driven through its built-in endpoint profile ({@link EndpointProfiles#of}). */
public enum Api {
    /** The FIDO2 server conformance API: /attestation/options|result, /assertion/options|result. */
    CONFORMANCE,
    /** The reference RP's onboarding API: /api/signup, /api/passkeys/… */
    ONBOARDING;

    /** The name of its built-in profile. */
    public String profileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
