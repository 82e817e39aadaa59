package dev.passkeyharness.authenticator.crypto;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/** Encodes public keys as COSE_Key maps (RFC 9052 §7, RFC 9053 §7.1-7.2, RFC 8230 §4, RFC 8812 §3). */
public final class CoseKeys {

    // RFC 9052 §7.1 common parameters
    static final int KTY = 1;
    static final int ALG = 3;
    // RFC 9053 §7.1.1 EC2 / §7.2 OKP, RFC 8230 §4 RSA key-type parameters
    static final int CRV_OR_N = -1;
    static final int X_OR_E = -2;
    static final int Y = -3;
    // RFC 9053 §7.1 curve identifiers
    static final int CRV_P256 = 1;
    static final int CRV_P384 = 2;
    static final int CRV_P521 = 3;
    static final int CRV_ED25519 = 6;
    // RFC 8812 §3.1
    static final int CRV_SECP256K1 = 8;

    private CoseKeys() {
    }

    static Bytes encode(CoseAlgorithm algorithm, AsymmetricKeyParameter publicKey) {
        var map = Cbor.map()
                .put(KTY, Cbor.integer(algorithm.keyType().coseValue()))
                .put(ALG, Cbor.integer(algorithm.coseId()));
        switch (algorithm.keyType()) {
            case EC2 -> {
                ECPublicKeyParameters ec = (ECPublicKeyParameters) publicKey;
                int size = fieldSize(algorithm);
                map.put(CRV_OR_N, Cbor.integer(curveId(algorithm)))
                        .put(X_OR_E, Cbor.bytes(fixedLength(ec.getQ().getAffineXCoord().toBigInteger(), size)))
                        .put(Y, Cbor.bytes(fixedLength(ec.getQ().getAffineYCoord().toBigInteger(), size)));
            }
            case OKP -> map.put(CRV_OR_N, Cbor.integer(CRV_ED25519))
                    .put(X_OR_E, Cbor.bytes(((Ed25519PublicKeyParameters) publicKey).getEncoded()));
            case RSA -> {
                RSAKeyParameters rsa = (RSAKeyParameters) publicKey;
                // RFC 8230 §4: n and e are unsigned big-endian integers without leading zero bytes
                map.put(CRV_OR_N, Cbor.bytes(unsigned(rsa.getModulus())))
                        .put(X_OR_E, Cbor.bytes(unsigned(rsa.getExponent())));
            }
        }
        return Bytes.of(map.encode());
    }

    static int curveId(CoseAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> CRV_P256;
            case ES384 -> CRV_P384;
            case ES512 -> CRV_P521;
            case ES256K -> CRV_SECP256K1;
            default -> throw new IllegalArgumentException(algorithm + " has no EC2 curve");
        };
    }

    static int fieldSize(CoseAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256, ES256K -> 32;
            case ES384 -> 48;
            case ES512 -> 66;
            default -> throw new IllegalArgumentException(algorithm + " has no EC2 curve");
        };
    }

    static byte[] fixedLength(BigInteger value, int size) {
        byte[] raw = unsigned(value);
        if (raw.length > size) {
            throw new IllegalArgumentException("coordinate longer than the field");
        }
        byte[] out = new byte[size];
        System.arraycopy(raw, 0, out, size - raw.length, raw.length);
        return out;
    }

    static byte[] unsigned(BigInteger value) {
        byte[] raw = value.toByteArray();
        int start = 0;
        while (start < raw.length - 1 && raw[start] == 0) {
            start++;
        }
        return Arrays.copyOfRange(raw, start, raw.length);
    }
}
