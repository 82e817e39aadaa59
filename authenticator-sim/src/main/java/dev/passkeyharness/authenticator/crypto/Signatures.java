package dev.passkeyharness.authenticator.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.DSAEncoding;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Signs and verifies in the encodings WebAuthn uses: ECDSA as ASN.1 DER (WebAuthn L3 §6.5.5), Ed25519 as its 64 raw
 * bytes, RSA PKCS#1 v1.5 and PSS (RFC 8230 §2) as the raw signature.
 *
 * <p>ECDSA nonces always come from RFC 6979 (deterministic, so a seeded run repeats byte for byte); only the PSS salt
 * takes bytes from the given random source. The PSS salt is as long as the hash, MGF1 uses the same hash (RFC 8230
 * §2), as verifiers such as webauthn4j expect.
 */
public final class Signatures {

    private Signatures() {
    }

    public static byte[] sign(CredentialKeyPair key, byte[] data, SecureRandom random) {
        return sign(signer(key.algorithm(), StandardDSAEncoding.INSTANCE), key, data, random);
    }

    /** Signs in the JWS encoding (RFC 7518 §3.4): ECDSA as the fixed-length R ‖ S, the others as {@link #sign}. */
    public static byte[] signJws(CredentialKeyPair key, byte[] data, SecureRandom random) {
        return sign(signer(key.algorithm(), PlainDSAEncoding.INSTANCE), key, data, random);
    }

    private static byte[] sign(Signer signer, CredentialKeyPair key, byte[] data, SecureRandom random) {
        AsymmetricKeyParameter priv = key.privateKeyParameter();
        signer.init(true, isPss(key.algorithm()) ? new ParametersWithRandom(priv, random) : priv);
        signer.update(data, 0, data.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
    }

    public static boolean verify(CredentialKeyPair key, byte[] data, byte[] signature) {
        Signer signer = signer(key.algorithm(), StandardDSAEncoding.INSTANCE);
        signer.init(false, key.publicKeyParameter());
        signer.update(data, 0, data.length);
        try {
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Signer signer(CoseAlgorithm algorithm, DSAEncoding ecdsaEncoding) {
        return switch (algorithm) {
            case ES256 -> ecdsa(new SHA256Digest(), ecdsaEncoding);
            case ES384 -> ecdsa(new SHA384Digest(), ecdsaEncoding);
            case ES512 -> ecdsa(new SHA512Digest(), ecdsaEncoding);
            case ES256K -> ecdsa(new SHA256Digest(), ecdsaEncoding);
            case EDDSA -> new Ed25519Signer();
            case RS256 -> new RSADigestSigner(new SHA256Digest());
            case RS384 -> new RSADigestSigner(new SHA384Digest());
            case RS512 -> new RSADigestSigner(new SHA512Digest());
            case RS1 -> new RSADigestSigner(new SHA1Digest());
            case PS256 -> pss(new SHA256Digest());
            case PS384 -> pss(new SHA384Digest());
            case PS512 -> pss(new SHA512Digest());
        };
    }

    private static boolean isPss(CoseAlgorithm algorithm) {
        return algorithm == CoseAlgorithm.PS256 || algorithm == CoseAlgorithm.PS384 || algorithm == CoseAlgorithm.PS512;
    }

    private static Signer pss(Digest digest) {
        return new PSSSigner(new RSABlindedEngine(), digest, digest.getDigestSize());
    }

    private static Signer ecdsa(Digest digest, DSAEncoding encoding) {
        Digest kDigest = switch (digest.getDigestSize()) {
            case 32 -> new SHA256Digest();
            case 48 -> new SHA384Digest();
            default -> new SHA512Digest();
        };
        // RFC 6979 §3.2: k derived from the key and the message hash
        return new DSADigestSigner(new ECDSASigner(new HMacDSAKCalculator(kDigest)), digest, encoding);
    }
}
