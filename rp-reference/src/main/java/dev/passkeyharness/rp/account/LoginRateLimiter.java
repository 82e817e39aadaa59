package dev.passkeyharness.rp.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * At most {@code maxFailures} failed password attempts per key in any sliding {@code window}. An attempt reserves its
 * place before the password is checked, so concurrent attempts cannot all slip in before the first failure is
 * counted. Thread-safe; memory is bounded by {@code maxTrackedKeys}.
 */
public final class LoginRateLimiter {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_TRACKED_KEYS = 100_000;

    /** A key's recent failures, oldest first, and its attempts being checked now. */
    private static final class Entry {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();
        int inFlight;
    }

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final int maxTrackedKeys;
    // in order of latest use, so the stalest is first
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public LoginRateLimiter(Clock clock, int maxFailures) {
        this(clock, maxFailures, DEFAULT_WINDOW, DEFAULT_MAX_TRACKED_KEYS);
    }

    public LoginRateLimiter(Clock clock, int maxFailures, Duration window, int maxTrackedKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxFailures < 1 || maxTrackedKeys < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures and maxTrackedKeys must be positive, window longer"
                    + " than zero");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxTrackedKeys = maxTrackedKeys;
    }

    /**
     * Reserves a place for one attempt: false when the key's failures plus its attempts in flight have reached the
     * limit. A true answer must be followed by exactly one of {@link #failed}, {@link #succeeded}, {@link #cancel}.
     */
    public synchronized boolean tryReserve(String key) {
        Instant now = clock.instant();
        Entry entry = touch(key);
        dropExpired(entry, now);
        if (entry.failures.size() + entry.inFlight >= maxFailures) {
            forgetIfIdle(key, entry);
            return false;
        }
        entry.inFlight++;
        evict(now);
        return true;
    }

    /** The reserved attempt failed: it counts against the key. */
    public synchronized void failed(String key) {
        Entry entry = release(key);
        entry.failures.addLast(clock.instant());
        while (entry.failures.size() > maxFailures) {
            entry.failures.removeFirst();
        }
    }

    /** The reserved attempt succeeded: the key's failures are forgiven. */
    public synchronized void succeeded(String key) {
        Entry entry = release(key);
        entry.failures.clear();
        forgetIfIdle(key, entry);
    }

    /** The reserved attempt was not made after all: it counts neither way. */
    public synchronized void cancel(String key) {
        Entry entry = release(key);
        forgetIfIdle(key, entry);
    }

    /** How long until the key may try again, zero if it may now. */
    public synchronized Duration retryAfter(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        dropExpired(entry, now);
        if (entry.failures.size() + entry.inFlight < maxFailures || entry.failures.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.failures.peekFirst().plus(window));
    }

    /** The number of keys being remembered, for tests of the memory bound. */
    public synchronized int trackedKeys() {
        return entries.size();
    }

    private Entry touch(String key) {
        // removed and put back so the map stays ordered by latest use, stalest first
        Entry entry = entries.remove(key);
        entries.put(key, entry == null ? new Entry() : entry);
        return entries.get(key);
    }

    private Entry release(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.inFlight == 0) {
            throw new IllegalStateException("no attempt of " + key + " is reserved");
        }
        entry.inFlight--;
        return entry;
    }

    private void forgetIfIdle(String key, Entry entry) {
        if (entry.inFlight == 0 && entry.failures.isEmpty()) {
            entries.remove(key);
        }
    }

    private void dropExpired(Entry entry, Instant now) {
        Instant cutoff = now.minus(window);
        while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(cutoff)) {
            entry.failures.removeFirst();
        }
    }

    // Forgets, stalest first, keys with nothing in flight whose failures have all expired, then any beyond the bound.
    // Forgetting a live one lets that key try again sooner: the price of bounded memory under a flood of keys.
    private void evict(Instant now) {
        Instant cutoff = now.minus(window);
        Iterator<Entry> stalestFirst = entries.values().iterator();
        while (stalestFirst.hasNext() && entries.size() > 1) {
            Entry entry = stalestFirst.next();
            boolean live = entry.inFlight > 0 || (!entry.failures.isEmpty() && entry.failures.peekLast().isAfter(cutoff));
            if (entries.size() <= maxTrackedKeys && live) {
                return;
            }
            if (entry.inFlight == 0) {
                stalestFirst.remove();
            }
        }
    }
}
