package dev.passkeyharness.authenticator.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.util.SignatureUtil;
import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SignaturesTest {

    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final byte[] DATA = "authenticatorData || clientDataHash".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(CoseAlgorithm.class)
    void signsAndVerifies(CoseAlgorithm algorithm) {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(algorithm, new byte[32]);
        byte[] sig = Signatures.sign(key, DATA, new DeterministicRandom(1, "salt"));
        assertTrue(Signatures.verify(key, DATA, sig));
        assertFalse(Signatures.verify(key, "other data".getBytes(StandardCharsets.UTF_8), sig));
    }

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K")
    void webauthn4jReadsTheCoseKeyAndVerifiesTheSignature(CoseAlgorithm algorithm) throws Exception {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(algorithm, new byte[32]);
        COSEKey coseKey = CONVERTER.getCborConverter().readValue(key.coseKey().toByteArray(), COSEKey.class);
        coseKey.validate();
        assertEquals(COSEAlgorithmIdentifier.create(algorithm.coseId()), coseKey.getAlgorithm());
        Signature verifier = SignatureUtil.createSignature(coseKey.getAlgorithm().toSignatureAlgorithm());
        verifier.initVerify(coseKey.getPublicKey());
        verifier.update(DATA);
        assertTrue(verifier.verify(Signatures.sign(key, DATA, new DeterministicRandom(1, "salt"))));
    }

    @Test
    void es256kSignaturesVerifyWithBouncyCastlesJcaProvider() throws Exception {
        // webauthn4j has no secp256k1, and SunEC dropped it, so the JCA check goes through BouncyCastle
        CredentialKeyPair key = KeyPairGeneration.fromSeed(CoseAlgorithm.ES256K, new byte[32]);
        Signature verifier = Signature.getInstance("SHA256withECDSA", new BouncyCastleProvider());
        verifier.initVerify(key.toJcaPublicKey());
        verifier.update(DATA);
        assertTrue(verifier.verify(Signatures.sign(key, DATA, null)));
        assertEquals("EC", key.toJcaPrivateKey().getAlgorithm());
    }

    @ParameterizedTest
    @CsvSource({"PS256,SHA-256,32", "PS384,SHA-384,48", "PS512,SHA-512,64"})
    void pssSaltIsAsLongAsTheHash(CoseAlgorithm algorithm, String hash, int saltLength) throws Exception {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(algorithm, new byte[32]);
        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLength, 1));
        verifier.initVerify(key.toJcaPublicKey());
        verifier.update(DATA);
        assertTrue(verifier.verify(Signatures.sign(key, DATA, new DeterministicRandom(2, "salt"))));
    }

    @Test
    void pssSaltComesFromTheRandomSource() {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(CoseAlgorithm.PS384, new byte[32]);
        byte[] one = Signatures.sign(key, DATA, new DeterministicRandom(1, "salt"));
        assertArrayEquals(one, Signatures.sign(key, DATA, new DeterministicRandom(1, "salt")));
        assertNotEquals(Bytes.of(one), Bytes.of(Signatures.sign(key, DATA, new DeterministicRandom(2, "salt"))));
    }

    @Test
    void rs1SignsWithSha1() throws Exception {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(CoseAlgorithm.RS1, new byte[32]);
        Signature verifier = Signature.getInstance("SHA1withRSA");
        verifier.initVerify(key.toJcaPublicKey());
        verifier.update(DATA);
        assertTrue(verifier.verify(Signatures.sign(key, DATA, null)));
    }
}
