package dev.passkeyharness.rp.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Limits failed password log-ins per account: at most {@code maxFailures} in any sliding {@code window}. Thread-safe;
 * memory is bounded by {@code maxTrackedAccounts}.
 */
public final class LoginRateLimiter {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_TRACKED_ACCOUNTS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final int maxTrackedAccounts;
    // username -> times of its latest failures, oldest first, at most maxFailures of them; entries in order of
    // their latest failure, so the stalest is first
    private final LinkedHashMap<String, ArrayDeque<Instant>> failures = new LinkedHashMap<>();

    public LoginRateLimiter(Clock clock) {
        this(clock, DEFAULT_MAX_FAILURES, DEFAULT_WINDOW, DEFAULT_MAX_TRACKED_ACCOUNTS);
    }

    public LoginRateLimiter(Clock clock, int maxFailures, Duration window, int maxTrackedAccounts) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxFailures < 1 || maxTrackedAccounts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures and maxTrackedAccounts must be positive, window longer"
                    + " than zero");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxTrackedAccounts = maxTrackedAccounts;
    }

    /** Whether a password attempt for this (normalised) username may go ahead now. */
    public synchronized boolean allowed(String username) {
        ArrayDeque<Instant> times = failures.get(username);
        if (times == null) {
            return true;
        }
        dropExpired(times, clock.instant());
        if (times.isEmpty()) {
            failures.remove(username);
            return true;
        }
        return times.size() < maxFailures;
    }

    public synchronized void recordFailure(String username) {
        Instant now = clock.instant();
        // removed and put back so the map stays ordered by latest failure, stalest first
        ArrayDeque<Instant> times = failures.remove(username);
        if (times == null) {
            times = new ArrayDeque<>();
        }
        dropExpired(times, now);
        times.addLast(now);
        while (times.size() > maxFailures) {
            times.removeFirst();
        }
        failures.put(username, times);
        evict(now);
    }

    /** A successful log-in clears the account's failures. */
    public synchronized void recordSuccess(String username) {
        failures.remove(username);
    }

    /** The number of accounts with failures being remembered, for tests of the memory bound. */
    public synchronized int trackedAccounts() {
        return failures.size();
    }

    private void dropExpired(ArrayDeque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    // Forgets, stalest first, accounts whose failures have all expired, then any beyond the bound. Forgetting a live
    // one lets that account try again sooner: the price of bounded memory under a flood of usernames.
    private void evict(Instant now) {
        Instant cutoff = now.minus(window);
        Iterator<ArrayDeque<Instant>> stalestFirst = failures.values().iterator();
        while (stalestFirst.hasNext()) {
            ArrayDeque<Instant> times = stalestFirst.next();
            if (failures.size() <= maxTrackedAccounts && times.peekLast().isAfter(cutoff)) {
                return;
            }
            stalestFirst.remove();
        }
    }
}
