package dev.passkeyharness.authenticator.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.data.Bytes;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.junit.jupiter.api.Test;

class Pkcs8Test {

    @Test
    void everyAlgorithmEncodesExactlyAsBouncyCastlesFactory() throws Exception {
        for (CoseAlgorithm algorithm : CoseAlgorithm.values()) {
            int seeds = algorithm.keyType() == CoseAlgorithm.KeyType.RSA ? 1 : 20;
            for (int seed = 0; seed < seeds; seed++) {
                CredentialKeyPair key = KeyPairGeneration.generate(algorithm, new DeterministicRandom(seed, "pkcs8"));
                Bytes expected = Bytes.of(
                        PrivateKeyInfoFactory.createPrivateKeyInfo(key.privateKeyParameter()).getEncoded("DER"));
                assertEquals(expected, Pkcs8.encode(key.privateKeyParameter(), key.publicKeyParameter()),
                        algorithm + " seed " + seed);
                assertEquals(expected, key.pkcs8(), algorithm + " seed " + seed);
            }
        }
    }

    @Test
    void aKeyReadBackFromPkcs8HasTheSamePublicKeyAndEncoding() {
        for (CoseAlgorithm algorithm : CoseAlgorithm.values()) {
            CredentialKeyPair key = KeyPairGeneration.generate(algorithm, new DeterministicRandom(7, "pkcs8"));
            CredentialKeyPair read = CredentialKeyPair.fromPkcs8(algorithm, key.pkcs8());
            assertEquals(key.coseKey(), read.coseKey(), algorithm.jwaName());
            assertEquals(key.subjectPublicKeyInfo(), read.subjectPublicKeyInfo(), algorithm.jwaName());
            assertEquals(key.pkcs8(), read.pkcs8(), algorithm.jwaName());
        }
    }
}
