package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.Bytes;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Authenticator data (WebAuthn L3 §6.1): rpIdHash ‖ flags ‖ signCount ‖ [attestedCredentialData] ‖ [extensions].
 *
 * <p>The AT and ED flag bits are kept as given rather than derived, so a tampering can make them disagree with what
 * follows.
 */
public record AuthenticatorData(
        Bytes rpIdHash, int flags, long signCount, AttestedCredentialData attestedCredentialData, Bytes extensions) {

    // WebAuthn L3 §6.1 flag bits
    public static final int UP = 0x01;
    public static final int UV = 0x04;
    public static final int BE = 0x08;
    public static final int BS = 0x10;
    public static final int AT = 0x40;
    public static final int ED = 0x80;

    public AuthenticatorData {
        Objects.requireNonNull(rpIdHash, "rpIdHash");
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
        return new AuthenticatorData(rpIdHash, newFlags, signCount, attestedCredentialData, extensions);
    }

    public AuthenticatorData withSignCount(long newSignCount) {
        return new AuthenticatorData(rpIdHash, flags, newSignCount, attestedCredentialData, extensions);
    }

    public AuthenticatorData withRpIdHash(Bytes newRpIdHash) {
        return new AuthenticatorData(newRpIdHash, flags, signCount, attestedCredentialData, extensions);
    }

    public AuthenticatorData withAttestedCredentialData(AttestedCredentialData data) {
        return new AuthenticatorData(rpIdHash, flags, signCount, data, extensions);
    }

    public AuthenticatorData withExtensions(Bytes newExtensions) {
        return new AuthenticatorData(rpIdHash, flags, signCount, attestedCredentialData, newExtensions);
    }

    public Bytes encode() {
        byte[] attested = attestedCredentialData == null ? new byte[0] : attestedCredentialData.encode().toByteArray();
        byte[] ext = extensions == null ? new byte[0] : extensions.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(rpIdHash.length() + 5 + attested.length + ext.length);
        out.put(rpIdHash.toByteArray()).put((byte) flags).putInt((int) signCount).put(attested).put(ext);
        return Bytes.of(out.array());
    }
}
