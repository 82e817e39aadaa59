package dev.passkeyharness.rp.webauthn;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pending ceremony challenges: random, bound to a session and a purpose, expiring, single-use (WebAuthn L3 §13.4.3).
 * Thread-safe and bounded; expired entries are evicted as new ones are issued.
 */
public final class ChallengeStore {

    /** Which ceremony a challenge was issued for. */
    public enum Purpose { REGISTRATION, AUTHENTICATION }

    /** A challenge as issued: {@code challenge} is the base64url of 32 random bytes. */
    public record Issued(String sessionKey, Purpose purpose, String challenge, Instant expiresAt, CeremonyContext context) {
        public Issued {
            Objects.requireNonNull(sessionKey, "sessionKey");
            Objects.requireNonNull(challenge, "challenge");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(context, "context");
            if ((purpose == Purpose.REGISTRATION) != (context instanceof CeremonyContext.Registration)) {
                throw new IllegalArgumentException("purpose " + purpose + " does not match the ceremony context");
            }
        }

        public byte[] challengeBytes() {
            return Base64.getUrlDecoder().decode(challenge);
        }
    }

    /** The outcome of {@link #consume}: the issued challenge, or the rule the presented one breaks. */
    public sealed interface Consumed {
        record Valid(Issued issued) implements Consumed { }

        record Refused(Rule rule, String message) implements Consumed { }
    }

    public static final int CHALLENGE_BYTES = 32;
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Clock clock;
    private final Duration timeout;
    private final SecureRandom random;
    private final int capacity;
    private final Map<String, Issued> pending = new LinkedHashMap<>();
    // Consumed challenges, remembered until they would have expired, so a replay is named as such.
    private final Map<String, Instant> used = new LinkedHashMap<>();

    public ChallengeStore(Clock clock, Duration timeout, SecureRandom random, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.random = Objects.requireNonNull(random, "random");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public ChallengeStore(Clock clock, RelyingPartyPolicy policy) {
        this(clock, policy.challengeTimeout(), new SecureRandom(), DEFAULT_CAPACITY);
    }

    /** Issues a fresh challenge for the session's next ceremony. */
    public synchronized Issued issue(String sessionKey, Purpose purpose, CeremonyContext context) {
        Instant now = clock.instant();
        evict(now);
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        Issued issued = new Issued(sessionKey, purpose, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                now.plus(timeout), context);
        pending.put(issued.challenge(), issued);
        return issued;
    }

    /**
     * Takes the challenge a response presents. It is removed for good when it belongs to this session and purpose,
     * whatever the verification that follows decides.
     */
    public synchronized Consumed consume(String sessionKey, Purpose purpose, String challenge) {
        Instant now = clock.instant();
        Issued issued = challenge == null ? null : pending.get(challenge);
        if (issued == null) {
            if (challenge != null && used.containsKey(challenge)) {
                return new Consumed.Refused(Rule.CHALLENGE_REPLAYED, "the challenge was already used");
            }
            return new Consumed.Refused(Rule.CHALLENGE, "the challenge was not issued by this RP");
        }
        if (!issued.sessionKey().equals(sessionKey)) {
            return new Consumed.Refused(Rule.CHALLENGE_SESSION, "the challenge was issued to another session");
        }
        if (issued.purpose() != purpose) {
            return new Consumed.Refused(Rule.CHALLENGE, "the challenge was issued for " + issued.purpose());
        }
        pending.remove(challenge);
        used.put(challenge, issued.expiresAt());
        if (!now.isBefore(issued.expiresAt())) {
            return new Consumed.Refused(Rule.CHALLENGE_EXPIRED, "the challenge expired at " + issued.expiresAt());
        }
        return new Consumed.Valid(issued);
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    private void evict(Instant now) {
        pending.values().removeIf(i -> !now.isBefore(i.expiresAt()));
        used.values().removeIf(expiry -> !now.isBefore(expiry));
        trim(pending, capacity - 1);
        trim(used, capacity);
    }

    private static void trim(Map<String, ?> map, int max) {
        // insertion order: the oldest entries go first
        Iterator<String> keys = map.keySet().iterator();
        while (map.size() > max && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
