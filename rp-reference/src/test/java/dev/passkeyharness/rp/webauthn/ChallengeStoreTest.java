package dev.passkeyharness.rp.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.passkeyharness.rp.MutableClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ChallengeStore store = new ChallengeStore(clock, Duration.ofMinutes(5), new SecureRandom(), 3);
    private final CeremonyContext auth = new CeremonyContext.Authentication(null, List.of(), UserVerification.PREFERRED);

    @Test
    void challengesAre32RandomBytes() {
        ChallengeStore.Issued a = store.issue("s", "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION, auth);
        ChallengeStore.Issued b = store.issue("s", "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION, auth);
        assertEquals(32, a.challengeBytes().length);
        assertNotEquals(a.challenge(), b.challenge());
    }

    @Test
    void aChallengeIsUsedOnce() {
        ChallengeStore.Issued a = store.issue("s", "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION, auth);
        assertInstanceOf(ChallengeStore.Consumed.Valid.class, store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, a.challenge()));
        assertEquals(Rule.CHALLENGE_REPLAYED, refused(store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, a.challenge())));
    }

    @Test
    void wrongPurposeUnknownAndExpiredAreRefused() {
        ChallengeStore.Issued a = store.issue("s", "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION, auth);
        assertEquals(Rule.CHALLENGE, refused(store.consume("s", ChallengeStore.Purpose.REGISTRATION, a.challenge())));
        assertEquals(Rule.CHALLENGE, refused(store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, "AAAA")));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Rule.CHALLENGE_EXPIRED, refused(store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, a.challenge())));
    }

    @Test
    void theStoreIsBounded() {
        for (int i = 0; i < 10; i++) {
            store.issue("s" + i, "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION, auth);
        }
        assertEquals(3, store.pendingCount());
    }

    private static Rule refused(ChallengeStore.Consumed consumed) {
        return assertInstanceOf(ChallengeStore.Consumed.Refused.class, consumed).rule();
    }

    @Test
    void aHundredThousandAnonymousRequestsFromOneClientEvictOnlyThatClientsChallenges() {
        ChallengeStore big = new ChallengeStore(clock, Duration.ofMinutes(5), new SecureRandom(), 10_000, 1_000);
        ChallengeStore.Issued visitor = big.issue("visitor", "198.51.100.7", ChallengeStore.Purpose.AUTHENTICATION,
                auth);
        for (int i = 0; i < 100_000; i++) {
            big.issue("flood-" + i, "203.0.113.66", ChallengeStore.Purpose.AUTHENTICATION, auth);
        }
        assertEquals(1_001, big.pendingCount());
        assertInstanceOf(ChallengeStore.Consumed.Valid.class,
                big.consume("visitor", ChallengeStore.Purpose.AUTHENTICATION, visitor.challenge()));
    }

    @Test
    void aFullStoreTakesRoomFromTheClientHoldingTheMost() {
        ChallengeStore small = new ChallengeStore(clock, Duration.ofMinutes(5), new SecureRandom(), 10, 8);
        ChallengeStore.Issued[] visitors = new ChallengeStore.Issued[2];
        visitors[0] = small.issue("a", "198.51.100.1", ChallengeStore.Purpose.AUTHENTICATION, auth);
        visitors[1] = small.issue("b", "198.51.100.2", ChallengeStore.Purpose.AUTHENTICATION, auth);
        // many flooders, each under its own cap, fill the store
        for (int i = 0; i < 50; i++) {
            small.issue("f" + i, "203.0.113." + (i % 3), ChallengeStore.Purpose.AUTHENTICATION, auth);
        }
        assertEquals(10, small.pendingCount());
        for (ChallengeStore.Issued v : visitors) {
            assertInstanceOf(ChallengeStore.Consumed.Valid.class,
                    small.consume(v.sessionKey(), ChallengeStore.Purpose.AUTHENTICATION, v.challenge()));
        }
    }
}
