package dev.passkeyharness.authenticator.pki;

import static dev.passkeyharness.authenticator.pki.PkiCertificates.der;
import static dev.passkeyharness.authenticator.pki.PkiCertificates.spki;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;

/**
 * The test Metadata Service PKI: a root, an intermediate and a BLOB signing certificate (FIDO Metadata Service v3
 * §3.2), plus the faulty chains the faulty BLOBs are signed with, and the root's and intermediate's CRLs.
 */
public final class MdsPki {

    /** A BLOB signing key with the x5c that goes in the JWS header: signer first, then its intermediate. */
    public record SigningChain(CredentialKeyPair key, List<Bytes> x5c) {
    }

    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final Duration CRL_VALIDITY = Duration.ofDays(365);

    private final Instant notBefore;
    private final Ca root;
    private final Ca intermediate;
    private final SigningChain valid;
    private final SigningChain untrusted;
    private final SigningChain underRevokedIntermediate;
    private final SigningChain revokedSigner;
    private final Bytes rootCrl;
    private final Bytes intermediateCrl;

    /** A CA certificate with its key. */
    private record Ca(CredentialKeyPair key, X509CertificateHolder certificate) {
    }

    private MdsPki(SecureRandom random, Instant now) {
        this.notBefore = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        this.root = selfSigned("passkey-harness Test MDS Root", random);
        this.intermediate = ca("passkey-harness Test MDS Intermediate", root, random);
        this.valid = signer("passkey-harness Test MDS BLOB Signer", intermediate, random);
        Ca otherRoot = selfSigned("passkey-harness Unlisted MDS Root", random);
        this.untrusted = signer("passkey-harness Unlisted MDS BLOB Signer",
                ca("passkey-harness Unlisted MDS Intermediate", otherRoot, random), random);
        Ca revokedIntermediate = ca("passkey-harness Revoked MDS Intermediate", root, random);
        this.underRevokedIntermediate = signer("passkey-harness MDS BLOB Signer under a Revoked Intermediate",
                revokedIntermediate, random);
        this.revokedSigner = signer("passkey-harness Revoked MDS BLOB Signer", intermediate, random);
        this.rootCrl = crl(root, serialOf(revokedIntermediate.certificate()), now);
        this.intermediateCrl = crl(intermediate, serialOf(revokedSigner.x5c().get(0)), now);
    }

    public static MdsPki create(SecureRandom random, Instant now) {
        return new MdsPki(random, now);
    }

    public Bytes rootCertificate() {
        return der(root.certificate());
    }

    /** The root's CRL (revoking the revoked intermediate) and the intermediate's (revoking the revoked signer). */
    public List<Bytes> crls() {
        return List.of(rootCrl, intermediateCrl);
    }

    /** The signer under the intermediate, chained to the root: what a valid BLOB is signed with. */
    public SigningChain valid() {
        return valid;
    }

    /** A signer whose chain leads to another root. */
    public SigningChain untrusted() {
        return untrusted;
    }

    /** A signer under an intermediate the root's CRL revokes. */
    public SigningChain underRevokedIntermediate() {
        return underRevokedIntermediate;
    }

    /** A signer the intermediate's CRL revokes. */
    public SigningChain revokedSigner() {
        return revokedSigner;
    }

    private Ca selfSigned(String commonName, SecureRandom random) {
        CredentialKeyPair key = KeyPairGeneration.generate(CoseAlgorithm.ES256, random);
        X500Name name = name(commonName);
        return new Ca(key, build(name, key, name, key, random, new BasicConstraints(true),
                PkiCertificates.CA_KEY_USAGE));
    }

    private Ca ca(String commonName, Ca issuer, SecureRandom random) {
        CredentialKeyPair key = KeyPairGeneration.generate(CoseAlgorithm.ES256, random);
        return new Ca(key, build(name(commonName), key, issuer.certificate().getSubject(), issuer.key(), random,
                new BasicConstraints(0), PkiCertificates.CA_KEY_USAGE));
    }

    private SigningChain signer(String commonName, Ca issuer, SecureRandom random) {
        CredentialKeyPair key = KeyPairGeneration.generate(CoseAlgorithm.ES256, random);
        X509CertificateHolder leaf = build(name(commonName), key, issuer.certificate().getSubject(), issuer.key(),
                random, new BasicConstraints(false), KeyUsage.digitalSignature);
        return new SigningChain(key, List.of(der(leaf), der(issuer.certificate())));
    }

    private X509CertificateHolder build(X500Name subject, CredentialKeyPair subjectKey, X500Name issuer,
            CredentialKeyPair issuerKey, SecureRandom random, BasicConstraints constraints, int keyUsage) {
        byte[] serial = new byte[16];
        random.nextBytes(serial);
        return PkiCertificates.issue(subject, subjectKey, issuer, issuerKey, new BigInteger(1, serial).setBit(0),
                notBefore, notBefore.plus(VALIDITY), constraints, keyUsage);
    }

    /** RFC 5280 §5: a v2 CRL listing one revoked serial, valid for a year. */
    private static Bytes crl(Ca issuer, BigInteger revokedSerial, Instant now) {
        Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.certificate().getSubject(), Date.from(thisUpdate))
                    .setNextUpdate(Date.from(thisUpdate.plus(CRL_VALIDITY)))
                    .addCRLEntry(revokedSerial, Date.from(thisUpdate), CRLReason.keyCompromise)
                    .addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new BcX509ExtensionUtils().createAuthorityKeyIdentifier(spki(issuer.key())));
            return Bytes.of(builder.build(new KeyPairContentSigner(issuer.key())).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a CRL", e);
        }
    }

    private static BigInteger serialOf(X509CertificateHolder certificate) {
        return certificate.getSerialNumber();
    }

    private static BigInteger serialOf(Bytes certificate) {
        try {
            return new X509CertificateHolder(certificate.toByteArray()).getSerialNumber();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a certificate just built", e);
        }
    }

    private static X500Name name(String commonName) {
        return new X500Name("C=US, O=passkey-harness, OU=Metadata Service, CN=" + commonName);
    }
}
