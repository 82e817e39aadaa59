package dev.passkeyharness.authenticator.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import java.math.BigInteger;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoseKeysTest {

    @Test
    void es256kIsAnEc2KeyOnCurve8() throws Exception {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(CoseAlgorithm.ES256K, new byte[32]);
        Map map = map(key);
        // RFC 8812 §3.1-3.2: kty EC2 (2), alg -47, crv secp256k1 (8), x and y of 32 bytes
        assertEquals(Set.of(1L, 3L, -1L, -2L, -3L), labels(map));
        assertEquals(2L, Cbor.longValue(map.get(Cbor.integer(1))));
        assertEquals(-47L, Cbor.longValue(map.get(Cbor.integer(3))));
        assertEquals(8L, Cbor.longValue(map.get(Cbor.integer(-1))));
        ECPublicKeyParameters pub = (ECPublicKeyParameters) key.publicKeyParameter();
        byte[] x = bytes(map, -2);
        byte[] y = bytes(map, -3);
        assertEquals(32, x.length);
        assertEquals(32, y.length);
        assertEquals(pub.getQ().getAffineXCoord().toBigInteger(), new BigInteger(1, x));
        assertEquals(pub.getQ().getAffineYCoord().toBigInteger(), new BigInteger(1, y));
    }

    @ParameterizedTest
    @CsvSource({"RS1,-65535", "RS384,-258", "RS512,-259", "PS384,-38", "PS512,-39"})
    void rsaKeysCarryNAndEWithoutLeadingZeros(CoseAlgorithm algorithm, long alg) throws Exception {
        CredentialKeyPair key = KeyPairGeneration.fromSeed(algorithm, new byte[32]);
        Map map = map(key);
        // RFC 8230 §4: kty RSA (3), alg, n (-1) and e (-2) as unsigned big-endian byte strings, no leading zero
        assertEquals(Set.of(1L, 3L, -1L, -2L), labels(map));
        assertEquals(3L, Cbor.longValue(map.get(Cbor.integer(1))));
        assertEquals(alg, Cbor.longValue(map.get(Cbor.integer(3))));
        RSAKeyParameters pub = (RSAKeyParameters) key.publicKeyParameter();
        byte[] n = bytes(map, -1);
        assertEquals(256, n.length);
        assertFalse(n[0] == 0);
        assertEquals(pub.getModulus(), new BigInteger(1, n));
        assertArrayEquals(new byte[] {1, 0, 1}, bytes(map, -2));
    }

    private static Map map(CredentialKeyPair key) throws Exception {
        return (Map) Cbor.decode(key.coseKey().toByteArray());
    }

    private static Set<Long> labels(Map map) {
        return map.getKeys().stream().map(Cbor::longValue).collect(Collectors.toSet());
    }

    private static byte[] bytes(Map map, long label) {
        return ((ByteString) map.get(Cbor.integer(label))).getBytes();
    }
}
