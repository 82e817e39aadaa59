package dev.passkeyharness.authenticator.tamper;

import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Pure byte edits the tamperings share: the same input always gives the same output, so seeded runs repeat. */
final class ByteEdits {

    private ByteEdits() {
    }

    /** Flips the lowest bit of the middle byte; an empty input stays empty. */
    static Bytes flipMiddleBit(Bytes in) {
        byte[] b = in.toByteArray();
        if (b.length > 0) {
            b[b.length / 2] ^= 0x01;
        }
        return Bytes.of(b);
    }

    static Bytes dropLast(Bytes in, int count) {
        byte[] b = in.toByteArray();
        return Bytes.of(Arrays.copyOf(b, Math.max(0, b.length - count)));
    }

    static Bytes zeroed(Bytes in) {
        return Bytes.of(new byte[in.length()]);
    }

    static Bytes prepend(byte[] prefix, Bytes in) {
        return Bytes.concat(prefix, in.toByteArray());
    }

    static Bytes append(Bytes in, byte... suffix) {
        return Bytes.concat(in.toByteArray(), suffix);
    }

    /** Random-looking bytes of the given length derived from {@code original}, never equal to it. */
    static Bytes other(Bytes original, int length, String label) {
        byte[] out = new byte[length];
        new DeterministicRandom(original.toByteArray(), "tamper/" + label).nextBytes(out);
        if (length > 0 && Arrays.equals(out, original.toByteArray())) {
            out[0] ^= 0x01;
        }
        return Bytes.of(out);
    }

    /** Like {@link #other(Bytes, int, String)} with the original's length (16 bytes if it is empty). */
    static Bytes other(Bytes original, String label) {
        return other(original, original.isEmpty() ? 16 : original.length(), label);
    }

    static Bytes utf8(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
    }
}
