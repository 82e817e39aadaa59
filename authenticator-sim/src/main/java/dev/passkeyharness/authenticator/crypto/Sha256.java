package dev.passkeyharness.authenticator.crypto;

import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, the hash of rpIdHash and clientDataHash (WebAuthn L3 §6.1, §5.8.1). */
public final class Sha256 {

    private Sha256() {
    }

    public static Bytes of(byte[] data) {
        try {
            return Bytes.of(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    public static Bytes of(Bytes data) {
        return of(data.toByteArray());
    }

    /** The hash of the UTF-8 encoding of {@code text}. */
    public static Bytes of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
