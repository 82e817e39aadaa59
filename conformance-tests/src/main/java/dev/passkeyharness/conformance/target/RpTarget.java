package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import java.util.Optional;
import java.util.Set;

/**
 * A relying party the runner drives: the embedded reference RP, a server at a URL driven through an endpoint profile
 * ({@link HttpTarget}, {@link EndpointProfile}), or your own service layer in-process, with no HTTP.
 *
 * <p>A stable, public contract: implement it (and {@link RpSession}) to run the catalogue against your RP's own
 * methods. {@link #newSession()} is one visitor; {@link #origin()} is what the browser's clientDataJSON names;
 * {@link #capabilities()} says which checks can run (the others skip, naming the capability they need). A minimal
 * in-process target declares {@link Capability#MANY_USERS}, {@link Capability#USERNAME_FIRST} and, if your RP signs
 * in without a username, {@link Capability#DISCOVERABLE_SIGN_IN}. README, "Test your own RP", has an example.
 */
public interface RpTarget extends AutoCloseable {

    /** What a target can do beyond the four ceremony steps; an endpoint profile names the declarable ones. */
    enum Capability {
        /** The runner can move the RP's clock (expired challenges). */
        CLOCK_CONTROL,
        /** The reference RP's onboarding API: sign-up, log-in, the passkey prompt and the journeys through it. */
        ONBOARDING_API,
        /**
         * The FIDO2 server conformance API: the options request carries userVerification, residentKey and
         * attestation for the RP to honour, and answers carry the ServerResponse envelope.
         */
        CONFORMANCE_API,
        /** Sign-in without a username: request options with empty allowCredentials (WebAuthn L3 §5.5). */
        DISCOVERABLE_SIGN_IN,
        /** Sign-in options for a named user, listing that user's credentials. */
        USERNAME_FIRST,
        /** The runner may make as many users as its checks need. */
        MANY_USERS,
        /** The signed-in user's credentials can be listed. */
        LIST_CREDENTIALS,
        /** One of the signed-in user's credentials can be deleted. */
        DELETE_CREDENTIAL;

        /** The name in an endpoint profile: e.g. {@code discoverable-sign-in}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Optional<Capability> byKey(String key) {
            return java.util.Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
        }
    }

    /** For reports: e.g. "embedded reference RP" or the URL. */
    String description();

    /** The origin a browser on the RP's pages has; clientDataJSON carries it. */
    String origin();

    Set<Capability> capabilities();

    /** A new visitor: its own cookie jar, nothing signed in. */
    RpSession newSession();

    /** A new visitor of the reference RP's onboarding API; only with {@link Capability#ONBOARDING_API}. */
    default ProfileSession newOnboardingSession() {
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
