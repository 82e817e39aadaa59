package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.data.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * One X.509 v3 extension (RFC 5280 §4.1): its OID, criticality and the DER of its value (what extnValue's OCTET STRING
 * wraps).
 */
public record CertificateExtension(String oid, boolean critical, Bytes value) {

    public CertificateExtension {
        Objects.requireNonNull(value, "value");
        // throws IllegalArgumentException for a malformed OID
        oid = new ASN1ObjectIdentifier(Objects.requireNonNull(oid, "oid")).getId();
    }

    /** An extension whose value is the DER encoding of {@code value}. */
    public static CertificateExtension of(String oid, boolean critical, ASN1Encodable value) {
        try {
            return new CertificateExtension(oid, critical, Bytes.of(value.toASN1Primitive().getEncoded(ASN1Encoding.DER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode extension " + oid, e);
        }
    }

    public CertificateExtension withValue(Bytes newValue) {
        return new CertificateExtension(oid, critical, newValue);
    }
}
