package dev.passkeyharness.authenticator.store;

import dev.passkeyharness.authenticator.Bytes;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps a credential's key seed into its credential ID with AES-256-GCM under the authenticator's wrapping key, bound
 * to the RP by the rpIdHash as associated data, as security keys without resident storage do.
 *
 * <p>Layout: version (1) ‖ nonce (12) ‖ AES-GCM(alg (2) ‖ keySeed (32)) ‖ tag (16) = 63 bytes.
 */
public final class CredentialIdWrapper {

    static final byte VERSION = 0x01;
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;
    public static final int KEY_SEED_LENGTH = 32;
    public static final int WRAPPED_LENGTH = 1 + NONCE_LENGTH + 2 + KEY_SEED_LENGTH + TAG_BITS / 8;

    private final SecretKeySpec wrappingKey;

    public CredentialIdWrapper(Bytes wrappingKey) {
        if (wrappingKey.length() != 32) {
            throw new IllegalArgumentException("wrapping key must be 32 bytes");
        }
        this.wrappingKey = new SecretKeySpec(wrappingKey.toByteArray(), "AES");
    }

    /** The key material inside a wrapped credential ID. */
    public record Unwrapped(CoseAlgorithm algorithm, byte[] keySeed) {
    }

    public Bytes wrap(CoseAlgorithm algorithm, byte[] keySeed, Bytes rpIdHash, SecureRandom random) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] plain = ByteBuffer.allocate(2 + KEY_SEED_LENGTH).putShort((short) algorithm.coseId()).put(keySeed).array();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, rpIdHash);
            return Bytes.concat(new byte[] {VERSION}, nonce, cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Empty when the ID was not made by this authenticator for this RP (wrong key, wrong RP or altered bytes). */
    public Optional<Unwrapped> unwrap(Bytes credentialId, Bytes rpIdHash) {
        byte[] id = credentialId.toByteArray();
        if (id.length != WRAPPED_LENGTH || id[0] != VERSION) {
            return Optional.empty();
        }
        byte[] nonce = java.util.Arrays.copyOfRange(id, 1, 1 + NONCE_LENGTH);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, rpIdHash);
            ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(id, 1 + NONCE_LENGTH, id.length - 1 - NONCE_LENGTH));
            short alg = plain.getShort();
            byte[] seed = new byte[KEY_SEED_LENGTH];
            plain.get(seed);
            return CoseAlgorithm.fromCoseId(alg).map(a -> new Unwrapped(a, seed));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] nonce, Bytes rpIdHash) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, wrappingKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(rpIdHash.toByteArray());
        return cipher;
    }
}
