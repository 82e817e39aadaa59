package dev.passkeyharness.authenticator.metadata;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.pki.MdsPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Signs a metadata BLOB payload as a compact JWS (RFC 7515 §7.1) with ES256 and the signer's x5c header. */
final class Mds3Jws {

    private static final BigInteger P256_ORDER = NISTNamedCurves.getByName("P-256").getN();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private Mds3Jws() {
    }

    /** {@code corrupt} flips one bit of the signature, for the BLOB whose signature must not verify. */
    static String sign(ObjectNode payload, MdsPki.SigningChain chain, boolean corrupt) {
        if (chain.key().algorithm() != CoseAlgorithm.ES256) {
            throw new IllegalArgumentException("the BLOB signer must be an ES256 key");
        }
        ObjectNode header = MetadataStatements.JSON.createObjectNode();
        header.put("alg", "ES256");
        header.put("typ", "JWT");
        // RFC 7515 §4.1.6: x5c holds standard (not URL-safe) base64 DER, the signer's certificate first
        ArrayNode x5c = header.putArray("x5c");
        chain.x5c().forEach(c -> x5c.add(Base64.getEncoder().encodeToString(c.toByteArray())));
        String signingInput = part(header.toString()) + "." + part(payload.toString());
        byte[] der = Signatures.sign(chain.key(), signingInput.getBytes(StandardCharsets.US_ASCII), null);
        byte[] raw = raw(der);
        if (corrupt) {
            raw[raw.length - 1] ^= 0x01;
        }
        return signingInput + "." + B64URL.encodeToString(raw);
    }

    /** RFC 7518 §3.4: an ES256 JWS signature is R ‖ S, 32 bytes each, not ASN.1 DER. */
    private static byte[] raw(byte[] der) {
        try {
            BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(P256_ORDER, der);
            return PlainDSAEncoding.INSTANCE.encode(P256_ORDER, rs[0], rs[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("not a DER ECDSA signature", e);
        }
    }

    private static String part(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
