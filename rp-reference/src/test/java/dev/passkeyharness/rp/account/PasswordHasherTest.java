package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    // cheap settings so the tests stay fast; the production ones are Argon2Settings.OWASP
    private static final Argon2Settings FAST = new Argon2Settings(256, 2, 1);
    private final PasswordHasher hasher = new PasswordHasher(FAST);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String encoded = hasher.hash("correct horse battery staple");
        assertTrue(hasher.verify("correct horse battery staple", encoded));
        assertFalse(hasher.verify("correct horse battery stapler", encoded));
        assertFalse(hasher.verify("", encoded));
        assertFalse(hasher.verify(null, encoded));
    }

    @Test
    void theEncodingIsPhcArgon2id() {
        assertTrue(hasher.hash("password1").matches(
                "\\$argon2id\\$v=19\\$m=256,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"));
        assertTrue(new PasswordHasher(Argon2Settings.OWASP).hash("password1").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseOfTheSalt() {
        String a = hasher.hash("password1");
        String b = hasher.hash("password1");
        assertNotEquals(a, b);
        assertTrue(hasher.verify("password1", a));
        assertTrue(hasher.verify("password1", b));
    }

    @Test
    void verifyUsesTheSettingsStoredInTheHash() {
        String made = new PasswordHasher(new Argon2Settings(128, 1, 2)).hash("password1");
        assertTrue(hasher.verify("password1", made));
    }

    @Test
    void matchesAnIndependentBouncyCastleComputationWithAFixedSalt() {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (0xA0 + i);
        }
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(salt, 0, bytes, 0, bytes.length);
            }
        };
        String encoded = new PasswordHasher(new Argon2Settings(64, 3, 1), fixed).hash("hunter22");

        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(64).withIterations(3).withParallelism(1).build());
        byte[] tag = new byte[32];
        generator.generateBytes("hunter22".getBytes(StandardCharsets.UTF_8), tag);

        assertEquals("$argon2id$v=19$m=64,t=3,p=1$oKGio6SlpqeoqaqrrK2urw$"
                + Base64.getEncoder().withoutPadding().encodeToString(tag), encoded);
    }

    @Test
    void composedAndDecomposedAccentsAreOnePassword() {
        String encoded = hasher.hash("caf\u00e9-password");
        assertTrue(hasher.verify("cafe\u0301-password", encoded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "$argon2id$", "$argon2i$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=16$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=256,t=2$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$",
            "$argon2id$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g=",
            "$argon2id$v=19$m=256,t=2,p=1$c2Fs$aGFzaGhhc2g",
            "$argon2id$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$a",
            "$argon2id$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g$extra",
            "$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=4,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=256,t=0,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=256,t=2,p=0$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=2000000,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g",
            "$argon2id$v=19$m=256,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2g\n"})
    void malformedEncodingsAreFalseNotExceptions(String encoded) {
        assertFalse(hasher.verify("password1", encoded));
    }

    @Test
    void aNullEncodingIsFalse() {
        assertFalse(hasher.verify("password1", null));
    }

    @Test
    void aTamperedHashDoesNotVerify() {
        String encoded = hasher.hash("password1");
        char[] chars = encoded.toCharArray();
        int last = chars.length - 2;
        chars[last] = chars[last] == 'A' ? 'B' : 'A';
        assertFalse(hasher.verify("password1", new String(chars)));
        assertFalse(Arrays.equals(chars, encoded.toCharArray()));
    }
}
