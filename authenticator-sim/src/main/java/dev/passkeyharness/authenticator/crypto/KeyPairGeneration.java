package dev.passkeyharness.authenticator.crypto;

import java.security.SecureRandom;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** Generates credential key pairs from a given random source, so a seeded source gives the same keys every run. */
public final class KeyPairGeneration {

    private KeyPairGeneration() {
    }

    public static CredentialKeyPair generate(CoseAlgorithm algorithm, SecureRandom random) {
        AsymmetricCipherKeyPair pair = switch (algorithm.keyType()) {
            case EC2 -> {
                ECKeyPairGenerator generator = new ECKeyPairGenerator();
                generator.init(new ECKeyGenerationParameters(domain(algorithm), random));
                yield generator.generateKeyPair();
            }
            case OKP -> {
                Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
                generator.init(new Ed25519KeyGenerationParameters(random));
                yield generator.generateKeyPair();
            }
            case RSA -> RsaKeyGeneration.generate(random);
        };
        return new CredentialKeyPair(algorithm, pair.getPrivate(), pair.getPublic());
    }

    /** Derives a key pair from a 32-byte key seed: the same seed always gives the same key (used to wrap keys into credential IDs). */
    public static CredentialKeyPair fromSeed(CoseAlgorithm algorithm, byte[] keySeed) {
        return generate(algorithm, new DeterministicRandom(keySeed, "credential-key/" + algorithm.jwaName()));
    }

    /**
     * The named curve of an EC2 algorithm (RFC 9053 §2.1: ES256 P-256, ES384 P-384, ES512 P-521; RFC 8812 §3.2: ES256K
     * secp256k1).
     */
    static ECNamedDomainParameters domain(CoseAlgorithm algorithm) {
        String curve = switch (algorithm) {
            case ES256 -> "P-256";
            case ES384 -> "P-384";
            case ES512 -> "P-521";
            case ES256K -> "secp256k1";
            default -> throw new IllegalArgumentException(algorithm + " is not an EC2 algorithm");
        };
        // BouncyCastle's custom curves compute in fixed-size limbs; the generic table's curves use BigInteger
        // arithmetic and make every key generation and signature several times slower, with the same results.
        X9ECParameters params = CustomNamedCurves.getByName(curve);
        return new ECNamedDomainParameters(ECNamedCurveTable.getOID(curve),
                params != null ? params : ECNamedCurveTable.getByName(curve));
    }

    static AsymmetricKeyParameter publicKeyOf(AsymmetricKeyParameter privateKey) {
        if (privateKey instanceof ECPrivateKeyParameters ec) {
            ECDomainParameters domain = ec.getParameters();
            return new ECPublicKeyParameters(
                    new FixedPointCombMultiplier().multiply(domain.getG(), ec.getD()).normalize(), domain);
        }
        if (privateKey instanceof Ed25519PrivateKeyParameters ed) {
            return ed.generatePublicKey();
        }
        if (privateKey instanceof RSAPrivateCrtKeyParameters rsa) {
            return new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent());
        }
        throw new IllegalArgumentException("unsupported private key type " + privateKey.getClass().getSimpleName());
    }

    static void checkMatches(CoseAlgorithm algorithm, AsymmetricKeyParameter privateKey) {
        if (!CredentialKeyPair.isKind(privateKey, algorithm)) {
            throw new IllegalArgumentException("private key does not suit " + algorithm.jwaName());
        }
        if (privateKey instanceof ECPrivateKeyParameters ec
                && !ec.getParameters().getCurve().equals(domain(algorithm).getCurve())) {
            throw new IllegalArgumentException("EC private key is not on the curve of " + algorithm.jwaName());
        }
    }
}
