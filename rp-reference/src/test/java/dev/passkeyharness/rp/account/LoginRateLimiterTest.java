package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final LoginRateLimiter limiter = new LoginRateLimiter(clock, 5);

    private void fail(LoginRateLimiter on, String key) {
        assertTrue(on.tryReserve(key), key + " was refused a place");
        on.failed(key);
    }

    @Test
    void fiveFailuresBlockTheKeyButNotOthers() {
        for (int i = 0; i < 5; i++) {
            fail(limiter, "alice");
        }
        assertFalse(limiter.tryReserve("alice"));
        assertTrue(limiter.tryReserve("bob"));
        assertEquals(Duration.ofMinutes(15), limiter.retryAfter("alice"));
        assertEquals(Duration.ZERO, limiter.retryAfter("carol"));
    }

    @Test
    void theWindowSlides() {
        fail(limiter, "alice"); // t=0
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 4; i++) {
            fail(limiter, "alice"); // t=5min
        }
        assertFalse(limiter.tryReserve("alice"));
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limiter.tryReserve("alice"));
        limiter.failed("alice");
        assertFalse(limiter.tryReserve("alice"));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(limiter.tryReserve("alice"));
    }

    @Test
    void successForgivesTheFailuresAndACancelCountsNeitherWay() {
        for (int i = 0; i < 4; i++) {
            fail(limiter, "alice");
        }
        assertTrue(limiter.tryReserve("alice"));
        limiter.succeeded("alice");
        for (int i = 0; i < 4; i++) {
            fail(limiter, "alice");
        }
        assertTrue(limiter.tryReserve("alice"));
        limiter.cancel("alice");
        assertTrue(limiter.tryReserve("alice"));
    }

    @Test
    void attemptsInFlightHoldTheirPlaces() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryReserve("alice"));
        }
        assertFalse(limiter.tryReserve("alice"), "a sixth attempt while five are being checked");
        limiter.succeeded("alice");
        assertTrue(limiter.tryReserve("alice"));
    }

    @Test
    void releasingWhatWasNotReservedIsABug() {
        assertThrows(IllegalStateException.class, () -> limiter.failed("nobody"));
    }

    @Test
    void memoryIsBoundedAndExpiredEntriesAreForgotten() {
        LoginRateLimiter small = new LoginRateLimiter(clock, 5, Duration.ofMinutes(15), 3);
        for (int i = 0; i < 10; i++) {
            fail(small, "user" + i);
        }
        assertEquals(3, small.trackedKeys());
        clock.advance(Duration.ofMinutes(16));
        fail(small, "late");
        assertEquals(1, small.trackedKeys());
    }

    @Test
    void theStalestKeyIsEvictedFirst() {
        LoginRateLimiter small = new LoginRateLimiter(clock, 2, Duration.ofMinutes(15), 2);
        fail(small, "old");
        fail(small, "old");
        clock.advance(Duration.ofMinutes(1));
        fail(small, "newer");
        fail(small, "newer");
        fail(small, "newest");
        assertFalse(small.tryReserve("newer"), "a newer key is still remembered");
        assertTrue(small.tryReserve("old"), "the stalest key was forgotten");
    }

    @Test
    void ofFortyConcurrentAttemptsOnlyFiveAreEverChecked() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Boolean>> reserved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reserved.add(pool.submit(() -> {
                gate.await();
                boolean place = limiter.tryReserve("alice");
                if (place) {
                    Thread.sleep(20); // the password check
                    limiter.failed("alice");
                }
                return place;
            }));
        }
        gate.countDown();
        int places = 0;
        for (Future<Boolean> f : reserved) {
            places += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, places);
        assertFalse(limiter.tryReserve("alice"));
    }
}
