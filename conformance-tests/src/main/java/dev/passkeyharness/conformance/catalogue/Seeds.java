package dev.passkeyharness.conformance.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Derives a check's seeds from the run's seed and names, so the same run seed gives the same authenticators. */
public final class Seeds {

    private Seeds() {
    }

    public static long derive(long seed, String... names) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            for (String name : names) {
                sha.update((byte) 0);
                sha.update(name.getBytes(StandardCharsets.UTF_8));
            }
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
