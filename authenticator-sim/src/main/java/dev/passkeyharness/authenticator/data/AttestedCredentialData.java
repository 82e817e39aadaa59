package dev.passkeyharness.authenticator.data;

import java.nio.ByteBuffer;
import java.util.Objects;

/** Attested credential data (WebAuthn L3 §6.5.1): aaguid ‖ credentialIdLength ‖ credentialId ‖ credentialPublicKey. */
public record AttestedCredentialData(Bytes aaguid, Bytes credentialId, Bytes credentialPublicKey) {

    public static final Bytes ZERO_AAGUID = Bytes.of(new byte[16]);

    public AttestedCredentialData {
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(credentialPublicKey, "credentialPublicKey");
        if (aaguid.length() != 16) {
            throw new IllegalArgumentException("aaguid must be 16 bytes");
        }
        if (credentialId.length() > 0xFFFF) {
            throw new IllegalArgumentException("credentialId length must fit 16 bits");
        }
    }

    public Bytes encode() {
        ByteBuffer out = ByteBuffer.allocate(18 + credentialId.length() + credentialPublicKey.length());
        out.put(aaguid.toByteArray())
                .putShort((short) credentialId.length())
                .put(credentialId.toByteArray())
                .put(credentialPublicKey.toByteArray());
        return Bytes.of(out.array());
    }
}
