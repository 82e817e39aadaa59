package dev.passkeyharness.authenticator.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsaKeyGenerationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void theKeyIsAConsistentRsaCrtKey(long seed) {
        AsymmetricCipherKeyPair pair = RsaKeyGeneration.generate(new DeterministicRandom(seed, "rsa"));
        RSAPrivateCrtKeyParameters key = (RSAPrivateCrtKeyParameters) pair.getPrivate();
        BigInteger p = key.getP();
        BigInteger q = key.getQ();
        BigInteger one = BigInteger.ONE;
        assertEquals(RsaKeyGeneration.MODULUS_BITS, key.getModulus().bitLength());
        assertEquals(p.multiply(q), key.getModulus());
        assertNotEquals(p, q);
        assertTrue(p.isProbablePrime(64) && q.isProbablePrime(64));
        assertEquals(1024, p.bitLength());
        assertEquals(1024, q.bitLength());
        BigInteger lambda = p.subtract(one).multiply(q.subtract(one)).divide(p.subtract(one).gcd(q.subtract(one)));
        assertEquals(one, key.getPublicExponent().multiply(key.getExponent()).mod(lambda));
        assertEquals(key.getExponent().mod(p.subtract(one)), key.getDP());
        assertEquals(key.getExponent().mod(q.subtract(one)), key.getDQ());
        assertEquals(one, q.multiply(key.getQInv()).mod(p));
        assertEquals(key.getModulus(), ((RSAKeyParameters) pair.getPublic()).getModulus());
    }
}
