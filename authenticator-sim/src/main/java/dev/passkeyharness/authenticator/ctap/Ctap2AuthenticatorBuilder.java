package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Assembles a {@link Ctap2Authenticator} from its ports. With a seed, every random byte and the clock are fixed, so
 * keys, credential IDs, certificates and signatures repeat exactly across runs.
 */
public final class Ctap2AuthenticatorBuilder {

    /** The clock of seeded runs, so attestation certificates are byte-identical. */
    public static final Instant SEEDED_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private AuthenticatorProfile profile = Profiles.SECURITY_KEY;
    private SimulatedUser user = SimulatedUser.APPROVE;
    private TamperSet tamperings = TamperSet.NONE;
    private Long seed;
    private Clock clock;
    private Clock serviceClock = Clock.systemUTC();
    private AuthenticatorState state;
    private AttestationCa attestationCa;

    Ctap2AuthenticatorBuilder() {
    }

    public Ctap2AuthenticatorBuilder profile(AuthenticatorProfile value) {
        this.profile = Objects.requireNonNull(value);
        return this;
    }

    public Ctap2AuthenticatorBuilder user(SimulatedUser value) {
        this.user = Objects.requireNonNull(value);
        return this;
    }

    public Ctap2AuthenticatorBuilder tamperings(TamperSet value) {
        this.tamperings = Objects.requireNonNull(value);
        return this;
    }

    public Ctap2AuthenticatorBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    public Ctap2AuthenticatorBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value);
        return this;
    }

    /**
     * The clock of the online attestation service (android-safetynet's timestampMs); the system clock by default,
     * seeded or not: the service is not the device, and RPs compare its time with their own.
     */
    public Ctap2AuthenticatorBuilder serviceClock(Clock value) {
        this.serviceClock = Objects.requireNonNull(value);
        return this;
    }

    /** Continue from saved state (credentials, wrapping key, counter) instead of a fresh device. */
    public Ctap2AuthenticatorBuilder state(AuthenticatorState value) {
        this.state = Objects.requireNonNull(value);
        return this;
    }

    /** The attestation CA to issue from; by default one is created from the authenticator's random source. */
    public Ctap2AuthenticatorBuilder attestationCa(AttestationCa value) {
        this.attestationCa = Objects.requireNonNull(value);
        return this;
    }

    public Ctap2Authenticator build() {
        SecureRandom random = seed == null ? new SecureRandom() : new DeterministicRandom(seed, "authenticator");
        Clock effectiveClock = clock != null ? clock
                : seed == null ? Clock.systemUTC() : Clock.fixed(SEEDED_EPOCH, ZoneOffset.UTC);
        AuthenticatorState effectiveState = state != null ? state : AuthenticatorState.fresh(random);
        AttestationCa ca = attestationCa != null ? attestationCa
                : AttestationCa.create(seed == null ? random : new DeterministicRandom(seed, "attestation-ca"), effectiveClock);
        return new Ctap2Authenticator(new AuthenticatorContext(profile, effectiveState, random, effectiveClock,
                new UserPresenceCheck(user), tamperings, ca, profile.attestation().newStatementFormat(ca, profile.vendorName(), serviceClock)));
    }
}
