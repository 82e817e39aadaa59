package dev.passkeyharness.authenticator.crypto;

import dev.passkeyharness.authenticator.data.Bytes;
import java.io.IOException;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/** Encodes private keys as PKCS#8 PrivateKeyInfo DER, byte for byte as BouncyCastle's PrivateKeyInfoFactory does. */
final class Pkcs8 {

    private Pkcs8() {
    }

    /**
     * For an EC key on a named curve, the ECPrivateKey (RFC 5915 §3) is built with the public point already known:
     * the factory would derive it again by a scalar multiplication.
     */
    static Bytes encode(AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey) {
        try {
            if (privateKey instanceof ECPrivateKeyParameters ec
                    && ec.getParameters() instanceof ECNamedDomainParameters named
                    && publicKey instanceof ECPublicKeyParameters point) {
                X962Parameters curve = new X962Parameters(named.getName());
                return Bytes.of(new PrivateKeyInfo(
                        new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, curve),
                        new ECPrivateKey(named.getN().bitLength(), ec.getD(),
                                new DERBitString(point.getQ().getEncoded(false)), curve)).getEncoded("DER"));
            }
            return Bytes.of(PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded("DER"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode key", e);
        }
    }
}
