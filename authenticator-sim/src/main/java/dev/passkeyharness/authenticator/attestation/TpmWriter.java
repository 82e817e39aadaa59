package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayOutputStream;

/** Big-endian marshalling of TPM 2.0 types (TPM 2.0 Part 1 §18: integers big-endian, TPM2B = UINT16 size ‖ bytes). */
final class TpmWriter {

    private static final int MAX_TPM2B = 0xFFFF;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

    TpmWriter u16(int value) {
        return bigEndian(value & 0xFFFFL, 2);
    }

    TpmWriter u32(long value) {
        return bigEndian(value & 0xFFFFFFFFL, 4);
    }

    TpmWriter u64(long value) {
        return bigEndian(value, 8);
    }

    TpmWriter u8(int value) {
        out.write(value & 0xFF);
        return this;
    }

    /** A TPM2B_ structure: UINT16 size, then the bytes. */
    TpmWriter sized(Bytes value) {
        if (value.length() > MAX_TPM2B) {
            throw new IllegalArgumentException("a TPM2B holds at most " + MAX_TPM2B + " bytes");
        }
        u16(value.length());
        return raw(value);
    }

    TpmWriter raw(Bytes value) {
        out.writeBytes(value.toByteArray());
        return this;
    }

    Bytes bytes() {
        return Bytes.of(out.toByteArray());
    }

    private TpmWriter bigEndian(long value, int length) {
        for (int shift = (length - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xFF);
        }
        return this;
    }
}
