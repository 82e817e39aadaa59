package dev.passkeyharness.authenticator.data;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Authenticator data (WebAuthn L3 §6.1): rpIdHash ‖ flags ‖ signCount ‖ [attestedCredentialData] ‖ [extensions].
 *
 * <p>The AT and ED flag bits are kept as given rather than derived, so a tampering can make them disagree with what
 * follows. {@code trailingBytes} are appended after the last part without touching the flags; a real authenticator
 * never sends any, so it is empty unless a tampering puts bytes there.
 */
public record AuthenticatorData(
        Bytes rpIdHash, int flags, long signCount, AttestedCredentialData attestedCredentialData, Bytes extensions,
        Bytes trailingBytes) {

    // WebAuthn L3 §6.1 flag bits
    public static final int UP = 0x01;
    public static final int UV = 0x04;
    public static final int BE = 0x08;
    public static final int BS = 0x10;
    public static final int AT = 0x40;
    public static final int ED = 0x80;

    /** Authenticator data as an authenticator makes it: nothing after the last part. */
    public AuthenticatorData(Bytes rpIdHash, int flags, long signCount, AttestedCredentialData attestedCredentialData,
            Bytes extensions) {
        this(rpIdHash, flags, signCount, attestedCredentialData, extensions, Bytes.EMPTY);
    }

    public AuthenticatorData {
        Objects.requireNonNull(rpIdHash, "rpIdHash");
        trailingBytes = trailingBytes == null ? Bytes.EMPTY : trailingBytes;
        if (flags < 0 || flags > 0xFF) {
            throw new IllegalArgumentException("flags must fit one byte");
        }
        if (signCount < 0 || signCount > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("signCount must fit 32 unsigned bits");
        }
    }

    public boolean flag(int bit) {
        return (flags & bit) != 0;
    }

    public AuthenticatorData withFlags(int newFlags) {
        return new AuthenticatorData(rpIdHash, newFlags, signCount, attestedCredentialData, extensions, trailingBytes);
    }

    public AuthenticatorData withSignCount(long newSignCount) {
        return new AuthenticatorData(rpIdHash, flags, newSignCount, attestedCredentialData, extensions, trailingBytes);
    }

    public AuthenticatorData withRpIdHash(Bytes newRpIdHash) {
        return new AuthenticatorData(newRpIdHash, flags, signCount, attestedCredentialData, extensions, trailingBytes);
    }

    public AuthenticatorData withAttestedCredentialData(AttestedCredentialData data) {
        return new AuthenticatorData(rpIdHash, flags, signCount, data, extensions, trailingBytes);
    }

    public AuthenticatorData withExtensions(Bytes newExtensions) {
        return new AuthenticatorData(rpIdHash, flags, signCount, attestedCredentialData, newExtensions, trailingBytes);
    }

    public AuthenticatorData withTrailingBytes(Bytes newTrailingBytes) {
        return new AuthenticatorData(rpIdHash, flags, signCount, attestedCredentialData, extensions, newTrailingBytes);
    }

    public Bytes encode() {
        byte[] attested = attestedCredentialData == null ? new byte[0] : attestedCredentialData.encode().toByteArray();
        byte[] ext = extensions == null ? new byte[0] : extensions.toByteArray();
        byte[] trailing = trailingBytes.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(rpIdHash.length() + 5 + attested.length + ext.length + trailing.length);
        out.put(rpIdHash.toByteArray()).put((byte) flags).putInt((int) signCount).put(attested).put(ext).put(trailing);
        return Bytes.of(out.array());
    }
}
