package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.DEFAULT;

    @Test
    void eightToTenTwentyFourCharactersPass() {
        assertDoesNotThrow(() -> policy.check("12345678"));
        assertDoesNotThrow(() -> policy.check("x".repeat(1024)));
    }

    @Test
    void tooShortTooLongOrMissingIsWeak() {
        assertThrows(WeakPasswordException.class, () -> policy.check("1234567"));
        assertThrows(WeakPasswordException.class, () -> policy.check("x".repeat(1025)));
        assertThrows(WeakPasswordException.class, () -> policy.check(null));
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        String sevenEmoji = "\uD83D\uDD11".repeat(7); // 7 code points, 14 chars
        assertThrows(WeakPasswordException.class, () -> policy.check(sevenEmoji));
        assertDoesNotThrow(() -> policy.check(sevenEmoji + "\uD83D\uDD11"));
    }
}
