package dev.passkeyharness.authenticator.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyPairGenerationTest {

    @ParameterizedTest
    @EnumSource(CoseAlgorithm.class)
    void theSameSeedGivesTheSameKey(CoseAlgorithm algorithm) {
        CredentialKeyPair first = KeyPairGeneration.generate(algorithm, new DeterministicRandom(7, "keys"));
        CredentialKeyPair again = KeyPairGeneration.generate(algorithm, new DeterministicRandom(7, "keys"));
        CredentialKeyPair other = KeyPairGeneration.generate(algorithm, new DeterministicRandom(8, "keys"));
        assertEquals(first.pkcs8(), again.pkcs8());
        assertEquals(first.coseKey(), again.coseKey());
        assertNotEquals(first.pkcs8(), other.pkcs8());
    }

    @ParameterizedTest
    @EnumSource(CoseAlgorithm.class)
    void pkcs8RoundTripsToTheSameKey(CoseAlgorithm algorithm) {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(algorithm, new byte[32]);
        CredentialKeyPair restored = CredentialKeyPair.fromPkcs8(algorithm, key.pkcs8());
        assertEquals(key.subjectPublicKeyInfo(), restored.subjectPublicKeyInfo());
        assertEquals(key.coseKey(), restored.coseKey());
    }

    @Test
    void es256kKeysLieOnSecp256k1() {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(CoseAlgorithm.ES256K, new byte[32]);
        ECPublicKeyParameters pub = (ECPublicKeyParameters) key.publicKeyParameter();
        // SEC 2 §2.4.1: secp256k1 is y² = x³ + 7 over a 256-bit prime field
        assertEquals(256, pub.getParameters().getCurve().getFieldSize());
        assertEquals(0, pub.getParameters().getCurve().getA().toBigInteger().signum());
        assertEquals(7, pub.getParameters().getCurve().getB().toBigInteger().intValueExact());
    }

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"RS1", "RS384", "RS512", "PS384", "PS512"})
    void rsaKeysHave2048BitsAndExponent65537(CoseAlgorithm algorithm) {
        RSAKeyParameters pub = (RSAKeyParameters) KeyPairGeneration.fromSeed(algorithm, new byte[32]).publicKeyParameter();
        assertEquals(RsaKeyGeneration.MODULUS_BITS, pub.getModulus().bitLength());
        assertEquals(65537, pub.getExponent().intValueExact());
    }

    @Test
    void aP256KeyIsRefusedAsAnEs256kKey() {
        CredentialKeyPair p256 = KeyPairGeneration.fromSeed(CoseAlgorithm.ES256, new byte[32]);
        assertThrows(IllegalArgumentException.class, () -> CredentialKeyPair.fromPkcs8(CoseAlgorithm.ES256K, p256.pkcs8()));
    }
}
