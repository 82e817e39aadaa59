package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new MutableClock(Instant.parse("2025-01-01T00:00:00Z")));

    @Test
    void oneClientsFailuresLockThatClientOutOfTheAccountButNotTheOwner() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            throttle.reserve("203.0.113.9", "alice").orElseThrow().failed();
        }
        assertTrue(throttle.reserve("203.0.113.9", "alice").isEmpty());
        assertTrue(throttle.reserve("198.51.100.1", "alice").isPresent(), "the owner elsewhere may still try");
        assertTrue(throttle.reserve("203.0.113.9", "bob").isPresent(), "other accounts from that client too");
    }

    @Test
    void aClientIsLimitedOverAllAccounts() {
        for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
            throttle.reserve("203.0.113.9", "user" + i).orElseThrow().failed();
        }
        assertTrue(throttle.reserve("203.0.113.9", "fresh").isEmpty());
        assertTrue(throttle.reserve("198.51.100.1", "fresh").isPresent());
    }

    @Test
    void aRefusalByTheClientLimitLeavesTheAccountsPlaceFree() {
        for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
            throttle.reserve("203.0.113.9", "user" + i).orElseThrow().failed();
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.reserve("203.0.113.9", "alice").isEmpty());
        }
        Optional<LoginThrottle.Attempt> later = throttle.reserve("198.51.100.1", "alice");
        assertTrue(later.isPresent());
        later.get().succeeded();
    }
}
