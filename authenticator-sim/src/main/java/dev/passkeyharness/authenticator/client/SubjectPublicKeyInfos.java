package dev.passkeyharness.authenticator.client;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;

/** Converts a COSE_Key to the DER SubjectPublicKeyInfo of getPublicKey() (WebAuthn L3 §5.2.1.1). */
final class SubjectPublicKeyInfos {

    // RFC 9052 §7.1, RFC 9053 §7.1-7.2, RFC 8230 §4 labels and values
    private static final int KTY = 1;
    private static final int CRV_OR_N = -1;
    private static final int X_OR_E = -2;
    private static final int Y = -3;
    private static final long KTY_OKP = 1;
    private static final long KTY_EC2 = 2;
    private static final long KTY_RSA = 3;
    private static final long CRV_ED25519 = 6;

    private SubjectPublicKeyInfos() {
    }

    /** Empty for key types or curves we cannot express, as browsers leave publicKey out then. */
    static Optional<Bytes> fromCoseKey(Map coseKey) {
        try {
            Long kty = integer(coseKey, KTY);
            if (kty == null) {
                return Optional.empty();
            }
            SubjectPublicKeyInfo spki = kty == KTY_EC2 ? ec2(coseKey)
                    : kty == KTY_OKP ? okp(coseKey)
                    : kty == KTY_RSA ? rsa(coseKey)
                    : null;
            return spki == null ? Optional.empty() : Optional.of(Bytes.of(spki.getEncoded(ASN1Encoding.DER)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SubjectPublicKeyInfo ec2(Map key) {
        Long crv = integer(key, CRV_OR_N);
        ASN1ObjectIdentifier curve = crv == null ? null : switch (crv.intValue()) {
            case 1 -> SECObjectIdentifiers.secp256r1;
            case 2 -> SECObjectIdentifiers.secp384r1;
            case 3 -> SECObjectIdentifiers.secp521r1;
            case 8 -> SECObjectIdentifiers.secp256k1; // RFC 8812 §3.1
            default -> null;
        };
        byte[] x = bytes(key, X_OR_E);
        byte[] y = bytes(key, Y);
        if (curve == null || x == null || y == null) {
            return null;
        }
        X9ECParameters params = ECNamedCurveTable.getByOID(curve);
        ECPoint point = params.getCurve().createPoint(new BigInteger(1, x), new BigInteger(1, y));
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, curve),
                point.getEncoded(false));
    }

    private static SubjectPublicKeyInfo okp(Map key) {
        Long crv = integer(key, CRV_OR_N);
        byte[] x = bytes(key, X_OR_E);
        if (crv == null || crv != CRV_ED25519 || x == null) {
            return null;
        }
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), x);
    }

    private static SubjectPublicKeyInfo rsa(Map key) throws IOException {
        byte[] n = bytes(key, CRV_OR_N);
        byte[] e = bytes(key, X_OR_E);
        if (n == null || e == null) {
            return null;
        }
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new RSAPublicKey(new BigInteger(1, n), new BigInteger(1, e)));
    }

    private static Long integer(Map key, long label) {
        DataItem item = key.get(Cbor.integer(label));
        return item == null ? null : Cbor.longValue(item);
    }

    private static byte[] bytes(Map key, long label) {
        return key.get(Cbor.integer(label)) instanceof ByteString b ? b.getBytes() : null;
    }
}
