package dev.passkeyharness.authenticator.crypto;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A reproducible byte stream for seeded runs: SHA-256 over (seed, label, block counter). Test use only; the same seed
 * and label always give the same bytes, on any machine.
 */
public final class DeterministicRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final byte[] prefix;
    private long counter;
    private final byte[] block = new byte[32];
    private int available;

    public DeterministicRandom(long seed, String label) {
        this(ByteBuffer.allocate(8).putLong(seed).array(), label);
    }

    public DeterministicRandom(byte[] seed, String label) {
        super(null, null);
        byte[] labelBytes = label.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.prefix = ByteBuffer.allocate(4 + seed.length + labelBytes.length)
                .putInt(seed.length).put(seed).put(labelBytes).array();
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        int written = 0;
        while (written < out.length) {
            if (available == 0) {
                refill();
            }
            int n = Math.min(available, out.length - written);
            System.arraycopy(block, block.length - available, out, written, n);
            available -= n;
            written += n;
        }
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        byte[] out = new byte[numBytes];
        nextBytes(out);
        return out;
    }

    @Override
    public void setSeed(long seed) {
        // Ignored: the stream depends only on the constructor's seed, which keeps runs reproducible.
    }

    @Override
    public void setSeed(byte[] seed) {
        // Ignored for the same reason.
    }

    @Override
    public String getAlgorithm() {
        return "PasskeyHarnessDeterministic";
    }

    private void refill() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prefix);
            sha256.update(ByteBuffer.allocate(8).putLong(counter++).array());
            System.arraycopy(sha256.digest(), 0, block, 0, 32);
            available = 32;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
