package dev.passkeyharness.authenticator.crypto;

import java.math.BigInteger;
import java.util.Random;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * Generates 2048-bit RSA key pairs with exponent 65537 from a given random source. Each prime is the next probable
 * prime after a random start whose two top bits are set (FIPS 186-5 §A.1.3's bound √2·2^1023 ≤ p, so the modulus
 * always has the full length and no pair is thrown away); the JDK's sieve finds it in about half the time of a
 * random-candidate search, which matters because every RSA credential needs a fresh key.
 */
final class RsaKeyGeneration {

    static final int MODULUS_BITS = 2048;
    static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    private static final int PRIME_BITS = MODULUS_BITS / 2;
    // FIPS 186-5 §A.1.3: |p − q| > 2^(nlen/2 − 100)
    private static final BigInteger MIN_PRIME_DISTANCE = BigInteger.ONE.shiftLeft(PRIME_BITS - 100);

    private RsaKeyGeneration() {
    }

    static AsymmetricCipherKeyPair generate(Random random) {
        BigInteger p = prime(random);
        BigInteger q;
        do {
            q = prime(random);
        } while (p.subtract(q).abs().compareTo(MIN_PRIME_DISTANCE) <= 0);
        if (p.compareTo(q) < 0) {
            BigInteger smaller = p;
            p = q;
            q = smaller;
        }
        BigInteger n = p.multiply(q);
        BigInteger pMinus1 = p.subtract(BigInteger.ONE);
        BigInteger qMinus1 = q.subtract(BigInteger.ONE);
        // RFC 8017 §3.2: d·e ≡ 1 mod λ(n), with λ(n) = lcm(p − 1, q − 1)
        BigInteger lambda = pMinus1.divide(pMinus1.gcd(qMinus1)).multiply(qMinus1);
        BigInteger d = PUBLIC_EXPONENT.modInverse(lambda);
        RSAKeyParameters publicKey = new RSAKeyParameters(false, n, PUBLIC_EXPONENT);
        RSAPrivateCrtKeyParameters privateKey = new RSAPrivateCrtKeyParameters(n, PUBLIC_EXPONENT, d, p, q,
                d.mod(pMinus1), d.mod(qMinus1), q.modInverse(p));
        return new AsymmetricCipherKeyPair(publicKey, privateKey);
    }

    /** A probable prime of PRIME_BITS bits at or above √2·2^(PRIME_BITS−1) with p − 1 coprime to the exponent. */
    private static BigInteger prime(Random random) {
        while (true) {
            BigInteger start = new BigInteger(PRIME_BITS, random).setBit(PRIME_BITS - 1).setBit(PRIME_BITS - 2);
            BigInteger candidate = start.nextProbablePrime();
            if (candidate.bitLength() == PRIME_BITS
                    && candidate.subtract(BigInteger.ONE).mod(PUBLIC_EXPONENT).signum() != 0) {
                return candidate;
            }
        }
    }
}
