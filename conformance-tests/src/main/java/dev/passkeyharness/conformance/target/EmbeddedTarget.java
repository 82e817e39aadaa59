package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.account.Argon2Settings;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reference RP started for one run on a free loopback port and a fresh in-memory database, with a clock the runner
 * moves; driven over real HTTP like any other target.
 */
public final class EmbeddedTarget implements RpTarget {

    /**
     * The reference RP's challenge timeout (WebAuthn L3 §5.4: the options' timeout): short, as the runner answers at
     * once, and because a virtual authenticator that declines (Chromium's, consent off) ends its call only then.
     */
    public static final Duration CHALLENGE_TIMEOUT = Duration.ofSeconds(15);

    private final ReferenceRp rp;
    private final AdjustableClock clock;
    private final HttpTarget http;
    private final HttpTarget onboarding;

    private EmbeddedTarget(ReferenceRp rp, AdjustableClock clock, HttpTarget http, HttpTarget onboarding) {
        this.rp = rp;
        this.clock = clock;
        this.http = http;
        this.onboarding = onboarding;
    }

    /**
     * Argon2id at 1 MiB and one pass for the embedded RP's accounts: random test users in a database that dies with
     * the run, whose passwords guard nothing. OWASP's 19 MiB and two passes made password hashing a tenth of a run.
     */
    static final Argon2Settings TEST_USER_PASSWORDS = new Argon2Settings(1024, 1, 1);

    /** Starts the reference RP, speaking {@code api} to the runner. */
    private static final String CEREMONY_LOG_LEVEL = "org.slf4j.simpleLogger.log.passkey-harness.rp.ceremony";

    public static EmbeddedTarget start(Api api) {
        return start(api, new SecureRandom());
    }

    /** As {@link #start(Api)}, with the run's attestation CA derived from {@code seed}. */
    public static EmbeddedTarget start(Api api, long seed) {
        return start(api, new DeterministicRandom(seed, "run-trust"), true);
    }

    /**
     * As {@link #start(Api, long)}, but the RP reads no metadata and requires no trusted chain: it verifies every
     * format's statement and signature for devices no metadata describes (a profile with another format's attestation).
     */
    public static EmbeddedTarget startWithoutMetadata(Api api, long seed) {
        return start(api, new DeterministicRandom(seed, "run-trust"), false);
    }

    private static EmbeddedTarget start(Api api, SecureRandom random) {
        return start(api, random, true);
    }

    private static EmbeddedTarget start(Api api, SecureRandom random, boolean metadata) {
        AdjustableClock clock = new AdjustableClock(Instant.now());
        // one attestation CA for the run, and the test metadata BLOBs listing its root, made and signed once
        RunMetadata trust = RunMetadata.create(AttestationCa.create(random, clock), random, clock);
        RpSettings settings = RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:harness-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withClock(clock, CHALLENGE_TIMEOUT)
                .withPasswordHashing(TEST_USER_PASSWORDS)
                // a consumer sign-up asks for no attestation (the onboarding pages and API, e.g. Chrome's virtual
                // authenticator, whose attestation no metadata lists); FIDO API requests name "direct" themselves
                .withAttestationConveyance("none")
                // the catalogue speaks the FIDO2 conformance API; this RP is the run's own, on loopback
                .withConformanceApi(true);
        if (metadata) {
            settings = settings.withMetadata(trust.load(clock.instant()), List.of(trust.attestationRoot()));
        }
        // The runner reports every ceremony itself; the RP's own line per ceremony would repeat it
        System.setProperty(CEREMONY_LOG_LEVEL, System.getProperty(CEREMONY_LOG_LEVEL, "warn"));
        ReferenceRp rp = ReferenceRp.start(settings);
        // requests go to the loopback address the RP listens on; the pages' origin stays http://localhost:<port>
        TargetUrl url = new TargetUrl(java.net.URI.create("http://127.0.0.1:" + rp.port()), rp.url());
        // the RP is ours and keeps its connections: the pool is safe here (see Connections)
        return new EmbeddedTarget(rp, clock, new HttpTarget(url, EndpointProfiles.of(api), Connections.pooled())
                .withAttestationCa(trust.attestationCa()),
                new HttpTarget(url, EndpointProfiles.of(Api.ONBOARDING), Connections.pooled()));
    }

    /** The RP's own address, e.g. to point an {@link HttpTarget} at it. */
    public String url() {
        return rp.url();
    }

    @Override
    public String description() {
        return "embedded reference RP at " + rp.url() + " (" + http.profile().name() + " API)";
    }

    @Override
    public String origin() {
        return http.origin();
    }

    @Override
    public Set<Capability> capabilities() {
        // the embedded RP has both APIs: newSession() speaks the chosen one, newOnboardingSession() always the onboarding
        // API; the request members only the conformance API takes (userVerification, residentKey, attestation,
        // extensions) are honoured only when the chosen one is that one
        Set<Capability> capabilities = EnumSet.of(Capability.CLOCK_CONTROL, Capability.ONBOARDING_API);
        capabilities.addAll(http.capabilities());
        return capabilities;
    }

    @Override
    public RpSession newSession() {
        return http.newSession();
    }

    /** Journeys run through the onboarding API whichever API the catalogue's sessions speak. */
    @Override
    public ProfileSession newOnboardingSession() {
        return onboarding.newOnboardingSession();
    }

    @Override
    public Optional<AttestationCa> attestationCa() {
        return http.attestationCa();
    }

    @Override
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    @Override
    public void close() {
        rp.close();
    }
}
