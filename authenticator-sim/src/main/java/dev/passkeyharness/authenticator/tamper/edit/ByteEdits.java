package dev.passkeyharness.authenticator.tamper.edit;

import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Pure byte edits the tamperings share: the same input always gives the same output, so seeded runs repeat. */
public final class ByteEdits {

    private ByteEdits() {
    }

    /** Flips the lowest bit of the middle byte; an empty input stays empty. */
    public static Bytes flipMiddleBit(Bytes in) {
        byte[] b = in.toByteArray();
        if (b.length > 0) {
            b[b.length / 2] ^= 0x01;
        }
        return Bytes.of(b);
    }

    /** Flips the lowest bit of the last byte, so sizes that frame the bytes stay; an empty input stays empty. */
    public static Bytes flipLastBit(Bytes in) {
        byte[] b = in.toByteArray();
        if (b.length > 0) {
            b[b.length - 1] ^= 0x01;
        }
        return Bytes.of(b);
    }

    public static Bytes dropLast(Bytes in, int count) {
        byte[] b = in.toByteArray();
        return Bytes.of(Arrays.copyOf(b, Math.max(0, b.length - count)));
    }

    public static Bytes zeroed(Bytes in) {
        return Bytes.of(new byte[in.length()]);
    }

    public static Bytes prepend(byte[] prefix, Bytes in) {
        return Bytes.concat(prefix, in.toByteArray());
    }

    public static Bytes append(Bytes in, byte... suffix) {
        return Bytes.concat(in.toByteArray(), suffix);
    }

    /** Random-looking bytes of the given length derived from {@code original}, never equal to it. */
    public static Bytes other(Bytes original, int length, String label) {
        byte[] out = new byte[length];
        new DeterministicRandom(original.toByteArray(), "tamper/" + label).nextBytes(out);
        if (length > 0 && Arrays.equals(out, original.toByteArray())) {
            out[0] ^= 0x01;
        }
        return Bytes.of(out);
    }

    /** Like {@link #other(Bytes, int, String)} with the original's length (16 bytes if it is empty). */
    public static Bytes other(Bytes original, String label) {
        return other(original, original.isEmpty() ? 16 : original.length(), label);
    }

    public static Bytes utf8(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
