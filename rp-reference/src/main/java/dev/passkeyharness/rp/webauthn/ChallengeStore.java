package dev.passkeyharness.rp.webauthn;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pending ceremony challenges: random, bound to a session and a purpose, expiring, single-use (WebAuthn L3 §13.4.3).
 * Thread-safe and bounded; expired entries are evicted as new ones are issued. Each client (an IP address) holds at
 * most {@code perClient} pending challenges, its own oldest giving way to its newest, and when the store is full the
 * client holding the most gives way: a flood of anonymous options requests evicts the flooder's challenges, never
 * another visitor's.
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
    /** Enough for every visitor behind one shared address (a NAT) to have a sign-in page open. */
    public static final int DEFAULT_PER_CLIENT = 1_000;

    private final Clock clock;
    private final Duration timeout;
    private final SecureRandom random;
    private final int capacity;
    private final int perClient;
    private final Map<String, Issued> pending = new LinkedHashMap<>();
    // client -> its pending challenges, oldest first
    private final Map<String, ArrayDeque<String>> byClient = new HashMap<>();
    private final Map<String, String> clientOf = new HashMap<>();
    // Consumed challenges, remembered until they would have expired, so a replay is named as such.
    private final Map<String, Instant> used = new LinkedHashMap<>();

    public ChallengeStore(Clock clock, Duration timeout, SecureRandom random, int capacity) {
        this(clock, timeout, random, capacity, Math.min(capacity, DEFAULT_PER_CLIENT));
    }

    public ChallengeStore(Clock clock, Duration timeout, SecureRandom random, int capacity, int perClient) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.random = Objects.requireNonNull(random, "random");
        if (capacity < 1 || perClient < 1 || perClient > capacity) {
            throw new IllegalArgumentException("capacity and perClient must be positive, perClient at most capacity");
        }
        this.capacity = capacity;
        this.perClient = perClient;
    }

    public ChallengeStore(Clock clock, RelyingPartyPolicy policy) {
        this(clock, policy.challengeTimeout(), new SecureRandom(), DEFAULT_CAPACITY);
    }

    /** Issues a fresh challenge for the session's next ceremony; {@code client} is the caller's address. */
    public synchronized Issued issue(String sessionKey, String client, Purpose purpose, CeremonyContext context) {
        Instant now = clock.instant();
        evict(now);
        ArrayDeque<String> own = byClient.computeIfAbsent(client, c -> new ArrayDeque<>());
        if (own.size() >= perClient) {
            forget(own.peekFirst());
        } else if (pending.size() >= capacity) {
            forget(largestClient().peekFirst());
        }
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        Issued issued = new Issued(sessionKey, purpose, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                now.plus(timeout), context);
        pending.put(issued.challenge(), issued);
        clientOf.put(issued.challenge(), client);
        byClient.computeIfAbsent(client, c -> new ArrayDeque<>()).addLast(issued.challenge());
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
        forget(challenge);
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
        List<String> expired = pending.values().stream().filter(i -> !now.isBefore(i.expiresAt()))
                .map(Issued::challenge).toList();
        expired.forEach(this::forget);
        used.values().removeIf(expiry -> !now.isBefore(expiry));
        // insertion order: the oldest used entries go first
        Iterator<String> keys = used.keySet().iterator();
        while (used.size() > capacity && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private void forget(String challenge) {
        pending.remove(challenge);
        String client = clientOf.remove(challenge);
        ArrayDeque<String> own = client == null ? null : byClient.get(client);
        if (own != null) {
            own.remove(challenge);
            if (own.isEmpty()) {
                byClient.remove(client);
            }
        }
    }

    private ArrayDeque<String> largestClient() {
        return byClient.values().stream().max(Comparator.comparingInt(ArrayDeque::size)).orElseThrow();
    }
}
