package dev.passkeyharness.authenticator.pki;

import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;

/**
 * The certificates of the simulator's test PKIs (the attestation CA, the Metadata Service's): X.509 v3 with critical
 * basicConstraints and keyUsage, and the key identifiers that let a path builder link issuer and subject.
 */
public final class PkiCertificates {

    /** keyUsage of a CA certificate: it signs certificates and CRLs (RFC 5280 §4.2.1.3). */
    public static final int CA_KEY_USAGE = KeyUsage.keyCertSign | KeyUsage.cRLSign;

    private PkiCertificates() {
    }

    /** A certificate for {@code subjectKey}, signed by {@code issuerKey}, valid from {@code notBefore} to {@code notAfter}. */
    public static X509CertificateHolder issue(X500Name subject, CredentialKeyPair subjectKey, X500Name issuer,
            CredentialKeyPair issuerKey, BigInteger serial, Instant notBefore, Instant notAfter,
            BasicConstraints constraints, int keyUsage) {
        try {
            BcX509ExtensionUtils extensions = new BcX509ExtensionUtils();
            return new X509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter), subject,
                    spki(subjectKey))
                    // RFC 5280 §4.2.1.9 and §4.2.1.3: both critical in a CA certificate
                    .addExtension(Extension.basicConstraints, true, constraints)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(spki(subjectKey)))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(spki(issuerKey)))
                    .build(new KeyPairContentSigner(issuerKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode certificate extension", e);
        }
    }

    public static SubjectPublicKeyInfo spki(CredentialKeyPair key) {
        return SubjectPublicKeyInfo.getInstance(key.subjectPublicKeyInfo().toByteArray());
    }

    public static Bytes der(X509CertificateHolder certificate) {
        try {
            return Bytes.of(certificate.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode certificate", e);
        }
    }
}
