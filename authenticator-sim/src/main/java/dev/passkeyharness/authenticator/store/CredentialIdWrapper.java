package dev.passkeyharness.authenticator.store;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
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
 * <p>Layout: version (1) ‖ nonce (12) ‖ AES-GCM(alg ‖ keySeed (32)) ‖ tag (16). Version 1 holds alg in 2 bytes
 * (63 bytes in all); version 2, used only for identifiers outside 16 bits (RS1 is -65535), in 4 bytes (65 bytes), so
 * the IDs of every other algorithm stay as they were.
 */
public final class CredentialIdWrapper {

    static final byte VERSION = 0x01;
    static final byte VERSION_WIDE_ALG = 0x02;
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;
    public static final int KEY_SEED_LENGTH = 32;
    public static final int WRAPPED_LENGTH = 1 + NONCE_LENGTH + 2 + KEY_SEED_LENGTH + TAG_BITS / 8;
    public static final int WRAPPED_LENGTH_WIDE_ALG = WRAPPED_LENGTH + 2;

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
        int alg = algorithm.coseId();
        boolean wide = alg != (short) alg;
        ByteBuffer plain = ByteBuffer.allocate((wide ? 4 : 2) + KEY_SEED_LENGTH);
        if (wide) {
            plain.putInt(alg);
        } else {
            plain.putShort((short) alg);
        }
        plain.put(keySeed);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, rpIdHash);
            return Bytes.concat(new byte[] {wide ? VERSION_WIDE_ALG : VERSION}, nonce, cipher.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Empty when the ID was not made by this authenticator for this RP (wrong key, wrong RP or altered bytes). */
    public Optional<Unwrapped> unwrap(Bytes credentialId, Bytes rpIdHash) {
        byte[] id = credentialId.toByteArray();
        boolean wide = id.length == WRAPPED_LENGTH_WIDE_ALG && id[0] == VERSION_WIDE_ALG;
        if (!wide && (id.length != WRAPPED_LENGTH || id[0] != VERSION)) {
            return Optional.empty();
        }
        byte[] nonce = java.util.Arrays.copyOfRange(id, 1, 1 + NONCE_LENGTH);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, rpIdHash);
            ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(id, 1 + NONCE_LENGTH, id.length - 1 - NONCE_LENGTH));
            int alg = wide ? plain.getInt() : plain.getShort();
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
