package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import java.util.Optional;
import java.util.Set;

/**
 * A relying party the runner drives: the embedded reference RP, or a server at a URL speaking the FIDO2 conformance
 * API or the reference RP's onboarding API.
 */
public interface RpTarget extends AutoCloseable {

    /** What a target can do beyond the common ceremonies. */
    enum Capability {
        /** The runner can move the RP's clock (expired challenges). */
        CLOCK_CONTROL,
        /** Username-first and discoverable sign-in, deletion and the onboarding pages. */
        ONBOARDING_API,
        /** The FIDO2 server conformance API. */
        CONFORMANCE_API
    }

    /** For reports: e.g. "embedded reference RP" or the URL. */
    String description();

    /** The origin a browser on the RP's pages has; clientDataJSON carries it. */
    String origin();

    Set<Capability> capabilities();

    /** A new visitor: its own cookie jar, nothing signed in. */
    RpSession newSession();

    /** A new visitor of the reference RP's onboarding API; only with {@link Capability#ONBOARDING_API}. */
    default OnboardingSession newOnboardingSession() {
        throw new UnsupportedOperationException(description() + " does not speak the onboarding API");
    }

    /**
     * The attestation CA whose root this target trusts (through its metadata or its trust anchors), when the runner
     * knows it: the runner's authenticators then issue their attestation certificates from it. Empty: each
     * authenticator has its own CA.
     */
    default Optional<AttestationCa> attestationCa() {
        return Optional.empty();
    }

    /** Moves the RP's clock forward; only with {@link Capability#CLOCK_CONTROL}. */
    default void advanceClock(java.time.Duration by) {
        throw new UnsupportedOperationException(description() + " has no clock the runner controls");
    }

    @Override
    void close();
}
