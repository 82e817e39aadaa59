package dev.passkeyharness.rp.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106), encoded in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} with standard base64 without padding.
 */
public final class PasswordHasher {

    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    private final Argon2Settings settings;
    private final SecureRandom random;

    public PasswordHasher(Argon2Settings settings, SecureRandom random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    public PasswordHasher(Argon2Settings settings) {
        this(settings, new SecureRandom());
    }

    /** A hash of the password with a fresh random salt, in PHC string format. */
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, settings, HASH_BYTES);
        return "$argon2id$v=19$m=" + settings.memoryKiB() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether the password matches the encoded hash, recomputed with the settings the hash was made with. A
     * malformed encoded string, or one with settings out of bounds, is a mismatch, never an exception.
     */
    public boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        Matcher m = ENCODED.matcher(encoded);
        if (!m.matches()) {
            return false;
        }
        Argon2Settings stored;
        byte[] salt;
        byte[] expected;
        try {
            stored = new Argon2Settings(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            salt = B64_DECODER.decode(m.group(4));
            expected = B64_DECODER.decode(m.group(5));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            return false;
        }
        // RFC 9106 §3.1: salt at least 8 bytes, tag at least 4; ours are 16 and 32
        if (salt.length < 8 || salt.length > 64 || expected.length < 4 || expected.length > 64) {
            return false;
        }
        return MessageDigest.isEqual(expected, argon2id(password, salt, stored, expected.length));
    }

    private static byte[] argon2id(String password, byte[] salt, Argon2Settings settings, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(settings.memoryKiB())
                .withIterations(settings.iterations())
                .withParallelism(settings.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(passwordBytes(password), out);
        return out;
    }

    /** UTF-8 of the NFC form, so a password typed on systems that compose accents differently still matches. */
    static byte[] passwordBytes(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    }
}
