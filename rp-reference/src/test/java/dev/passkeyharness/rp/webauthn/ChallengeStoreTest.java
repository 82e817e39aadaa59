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
        ChallengeStore.Issued a = store.issue("s", ChallengeStore.Purpose.AUTHENTICATION, auth);
        ChallengeStore.Issued b = store.issue("s", ChallengeStore.Purpose.AUTHENTICATION, auth);
        assertEquals(32, a.challengeBytes().length);
        assertNotEquals(a.challenge(), b.challenge());
    }

    @Test
    void aChallengeIsUsedOnce() {
        ChallengeStore.Issued a = store.issue("s", ChallengeStore.Purpose.AUTHENTICATION, auth);
        assertInstanceOf(ChallengeStore.Consumed.Valid.class, store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, a.challenge()));
        assertEquals(Rule.CHALLENGE_REPLAYED, refused(store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, a.challenge())));
    }

    @Test
    void wrongPurposeUnknownAndExpiredAreRefused() {
        ChallengeStore.Issued a = store.issue("s", ChallengeStore.Purpose.AUTHENTICATION, auth);
        assertEquals(Rule.CHALLENGE, refused(store.consume("s", ChallengeStore.Purpose.REGISTRATION, a.challenge())));
        assertEquals(Rule.CHALLENGE, refused(store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, "AAAA")));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Rule.CHALLENGE_EXPIRED, refused(store.consume("s", ChallengeStore.Purpose.AUTHENTICATION, a.challenge())));
    }

    @Test
    void theStoreIsBounded() {
        for (int i = 0; i < 10; i++) {
            store.issue("s" + i, ChallengeStore.Purpose.AUTHENTICATION, auth);
        }
        assertEquals(3, store.pendingCount());
    }

    private static Rule refused(ChallengeStore.Consumed consumed) {
        return assertInstanceOf(ChallengeStore.Consumed.Refused.class, consumed).rule();
    }
}
