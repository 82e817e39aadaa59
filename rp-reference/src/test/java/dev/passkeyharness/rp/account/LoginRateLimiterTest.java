package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final LoginRateLimiter limiter = new LoginRateLimiter(clock);

    @Test
    void fiveFailuresBlockTheAccountButNotOthers() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("alice@example.com");
            assertTrue(limiter.allowed("alice@example.com"));
        }
        limiter.recordFailure("alice@example.com");
        assertFalse(limiter.allowed("alice@example.com"));
        assertTrue(limiter.allowed("bob@example.com"));
    }

    @Test
    void theWindowSlides() {
        limiter.recordFailure("alice@example.com"); // t=0
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("alice@example.com"); // t=5min
        }
        assertFalse(limiter.allowed("alice@example.com"));
        clock.advance(Duration.ofMinutes(10)); // t=15min: the first failure leaves the window
        assertTrue(limiter.allowed("alice@example.com"));
        limiter.recordFailure("alice@example.com");
        assertFalse(limiter.allowed("alice@example.com"));
        clock.advance(Duration.ofMinutes(5)); // t=20min: the four from t=5min leave
        assertTrue(limiter.allowed("alice@example.com"));
    }

    @Test
    void successClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("alice@example.com");
        }
        limiter.recordSuccess("alice@example.com");
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("alice@example.com");
        }
        assertTrue(limiter.allowed("alice@example.com"));
    }

    @Test
    void memoryIsBoundedAndExpiredEntriesAreForgotten() {
        LoginRateLimiter small = new LoginRateLimiter(clock, 5, Duration.ofMinutes(15), 3);
        for (int i = 0; i < 10; i++) {
            small.recordFailure("user" + i);
        }
        assertEquals(3, small.trackedAccounts());
        clock.advance(Duration.ofMinutes(16));
        small.recordFailure("late");
        assertEquals(1, small.trackedAccounts());
    }

    @Test
    void theStalestAccountIsEvictedFirst() {
        LoginRateLimiter small = new LoginRateLimiter(clock, 2, Duration.ofMinutes(15), 2);
        small.recordFailure("a");
        small.recordFailure("a");
        clock.advance(Duration.ofSeconds(1));
        small.recordFailure("b");
        small.recordFailure("b");
        clock.advance(Duration.ofSeconds(1));
        small.recordFailure("a"); // a is now the freshest
        small.recordFailure("c"); // evicts b
        assertFalse(small.allowed("a"));
        assertTrue(small.allowed("b"));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        LoginRateLimiter big = new LoginRateLimiter(clock, 1000, Duration.ofMinutes(15), 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 999; i++) {
                done.add(pool.submit(() -> big.recordFailure("alice@example.com")));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(big.allowed("alice@example.com"));
        big.recordFailure("alice@example.com");
        assertFalse(big.allowed("alice@example.com"));
    }
}
