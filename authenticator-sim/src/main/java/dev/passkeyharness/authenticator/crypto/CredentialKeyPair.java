package dev.passkeyharness.authenticator.crypto;

import dev.passkeyharness.authenticator.data.Bytes;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A credential's key pair: the algorithm, the private key as PKCS#8 and the public key as SubjectPublicKeyInfo, with
 * the parsed forms kept for signing.
 */
public final class CredentialKeyPair {

    private final CoseAlgorithm algorithm;
    private final AsymmetricKeyParameter privateKey;
    // Derived on first use: signing needs the private key alone, and deriving an EC public key is a scalar
    // multiplication, as costly as the signature itself.
    private AsymmetricKeyParameter publicKey;
    private Bytes pkcs8;
    private Bytes subjectPublicKeyInfo;

    /** {@code publicKey} may be null: it is then derived from the private key when first needed. */
    CredentialKeyPair(CoseAlgorithm algorithm, AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey) {
        this.algorithm = Objects.requireNonNull(algorithm);
        this.privateKey = Objects.requireNonNull(privateKey);
        this.publicKey = publicKey;
    }

    /** Rebuilds a key pair from its PKCS#8 private key (as stored in the credential state file). */
    public static CredentialKeyPair fromPkcs8(CoseAlgorithm algorithm, Bytes pkcs8) {
        AsymmetricKeyParameter priv;
        try {
            priv = PrivateKeyFactory.createKey(pkcs8.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PKCS#8 private key: " + e.getMessage(), e);
        }
        KeyPairGeneration.checkMatches(algorithm, priv);
        if (priv instanceof ECPrivateKeyParameters ec) {
            // the same key on the fast implementation of its curve (see KeyPairGeneration.domain)
            priv = new ECPrivateKeyParameters(ec.getD(), KeyPairGeneration.domain(algorithm));
        }
        return new CredentialKeyPair(algorithm, priv, null);
    }

    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    /** The private key as PKCS#8 DER, in BouncyCastle's encoding (the EC form carries the public key). */
    public synchronized Bytes pkcs8() {
        if (pkcs8 == null) {
            pkcs8 = Pkcs8.encode(privateKey, publicKeyParameter());
        }
        return pkcs8;
    }

    public synchronized Bytes subjectPublicKeyInfo() {
        if (subjectPublicKeyInfo == null) {
            try {
                subjectPublicKeyInfo = Bytes.of(
                        SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKeyParameter()).getEncoded("DER"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot encode key", e);
            }
        }
        return subjectPublicKeyInfo;
    }

    /** The public key as a COSE_Key (RFC 9052 §7), canonical CBOR. */
    public Bytes coseKey() {
        return CoseKeys.encode(algorithm, publicKeyParameter());
    }

    AsymmetricKeyParameter privateKeyParameter() {
        return privateKey;
    }

    synchronized AsymmetricKeyParameter publicKeyParameter() {
        if (publicKey == null) {
            publicKey = KeyPairGeneration.publicKeyOf(privateKey);
        }
        return publicKey;
    }

    public PublicKey toJcaPublicKey() {
        try {
            return keyFactory().generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo().toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey toJcaPrivateKey() {
        try {
            return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8().toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyFactory keyFactory() throws GeneralSecurityException {
        // SunEC dropped secp256k1 (JDK 16); BouncyCastle's provider still has it. Not registered globally on purpose.
        return algorithm == CoseAlgorithm.ES256K
                ? KeyFactory.getInstance(jcaKeyAlgorithm(), BouncyCastleHolder.PROVIDER)
                : KeyFactory.getInstance(jcaKeyAlgorithm());
    }

    /** Created on first use only, as the provider is large. */
    private static final class BouncyCastleHolder {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    private String jcaKeyAlgorithm() {
        return switch (algorithm.keyType()) {
            case EC2 -> "EC";
            case OKP -> "Ed25519";
            case RSA -> "RSA";
        };
    }

    /** Reads a public key from SubjectPublicKeyInfo DER; for checks in tools and tests. */
    static AsymmetricKeyParameter parsePublic(Bytes spki) throws IOException {
        return PublicKeyFactory.createKey(spki.toByteArray());
    }

    static boolean isKind(AsymmetricKeyParameter key, CoseAlgorithm algorithm) {
        return switch (algorithm.keyType()) {
            case EC2 -> key instanceof ECPrivateKeyParameters;
            case OKP -> key instanceof Ed25519PrivateKeyParameters;
            case RSA -> key instanceof RSAPrivateCrtKeyParameters;
        };
    }
}
