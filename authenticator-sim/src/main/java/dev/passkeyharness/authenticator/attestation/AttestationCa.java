package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.pki.PkiCertificates.der;
import static dev.passkeyharness.authenticator.pki.PkiCertificates.spki;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.pki.KeyPairContentSigner;
import dev.passkeyharness.authenticator.pki.PkiCertificates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509ExtensionUtils;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A test attestation CA: a self-signed root, an intermediate (pathLen 0) and the leaf attestation certificates the
 * intermediate issues on request. EC P-256 keys and ECDSA-SHA256 with RFC 6979 nonces throughout, so a seeded random
 * source and a fixed clock give byte-identical certificates.
 */
public final class AttestationCa {

    /** id-fido-gen-ce-aaguid (WebAuthn L3 §8.2.1). */
    public static final ASN1ObjectIdentifier ID_FIDO_GEN_CE_AAGUID =
            new ASN1ObjectIdentifier("1.3.6.1.4.1.45724.1.1.4");

    static final X500Name ROOT_NAME = name("US", "passkey-harness", null, "passkey-harness Test Attestation Root");
    static final X500Name INTERMEDIATE_NAME =
            name("US", "passkey-harness", null, "passkey-harness Test Attestation Intermediate");
    private static final int VALIDITY_YEARS = 20;
    private static final int SERIAL_BYTES = 16;

    /** Everything needed to rebuild the CA: private keys as PKCS#8, certificates as DER. */
    public record State(
            Bytes rootPrivateKey, Bytes rootCertificate, Bytes intermediatePrivateKey, Bytes intermediateCertificate) {

        public State {
            Objects.requireNonNull(rootPrivateKey, "rootPrivateKey");
            Objects.requireNonNull(rootCertificate, "rootCertificate");
            Objects.requireNonNull(intermediatePrivateKey, "intermediatePrivateKey");
            Objects.requireNonNull(intermediateCertificate, "intermediateCertificate");
        }
    }

    /** Which CA certificate signs a leaf. */
    public enum Issuer {
        /** The usual case: the leaf chains leaf → intermediate → root, and x5c carries the intermediate. */
        INTERMEDIATE,
        /**
         * For formats whose x5c holds the attestation certificate alone (fido-u2f, WebAuthn L3 §8.6): signed by the
         * root, so a relying party that trusts only the root can still build the path, as with real U2F devices.
         */
        ROOT
    }

    private final CredentialKeyPair rootKey;
    // A model's batch attestation key is shared by every device of that model, so it belongs to the CA.
    private final ConcurrentMap<Object, IssuedAttestationKey> batch = new ConcurrentHashMap<>();
    private final X509CertificateHolder root;
    private final CredentialKeyPair intermediateKey;
    private final X509CertificateHolder intermediate;

    private AttestationCa(CredentialKeyPair rootKey, X509CertificateHolder root,
            CredentialKeyPair intermediateKey, X509CertificateHolder intermediate) {
        this.rootKey = rootKey;
        this.root = root;
        this.intermediateKey = intermediateKey;
        this.intermediate = intermediate;
    }

    /** The batch keys this CA has issued, by what they were issued for. */
    ConcurrentMap<Object, IssuedAttestationKey> batch() {
        return batch;
    }

    /** A secret of this CA's to derive reproducible keys from: its root private key (PKCS#8). */
    Bytes secret() {
        return rootKey.pkcs8();
    }

    /** Creates a new CA; validity runs from one day before the clock's instant to twenty years after it. */
    public static AttestationCa create(SecureRandom random, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = now.minus(1, ChronoUnit.DAYS);
        Instant notAfter = now.atZone(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
        CredentialKeyPair rootKey = KeyPairGeneration.generate(CoseAlgorithm.ES256, random);
        CredentialKeyPair intermediateKey = KeyPairGeneration.generate(CoseAlgorithm.ES256, random);
        X509CertificateHolder root = caCertificate(ROOT_NAME, rootKey, ROOT_NAME, rootKey,
                randomSerial(random), notBefore, notAfter, new BasicConstraints(true));
        X509CertificateHolder intermediate = caCertificate(INTERMEDIATE_NAME, intermediateKey, ROOT_NAME, rootKey,
                randomSerial(random), notBefore, notAfter, new BasicConstraints(0));
        return new AttestationCa(rootKey, root, intermediateKey, intermediate);
    }

    /** Rebuilds a CA from its stored state; throws {@link IllegalArgumentException} if keys and certificates differ. */
    public static AttestationCa fromState(State state) {
        CredentialKeyPair rootKey = CredentialKeyPair.fromPkcs8(CoseAlgorithm.ES256, state.rootPrivateKey());
        CredentialKeyPair intermediateKey =
                CredentialKeyPair.fromPkcs8(CoseAlgorithm.ES256, state.intermediatePrivateKey());
        X509CertificateHolder root = parse(state.rootCertificate(), "root");
        X509CertificateHolder intermediate = parse(state.intermediateCertificate(), "intermediate");
        requireSameKey(root, rootKey, "root");
        requireSameKey(intermediate, intermediateKey, "intermediate");
        return new AttestationCa(rootKey, root, intermediateKey, intermediate);
    }

    public State state() {
        return new State(rootKey.pkcs8(), rootCertificate(), intermediateKey.pkcs8(), intermediateCertificate());
    }

    public Bytes rootCertificate() {
        return der(root);
    }

    /**
     * The intermediate's key certified again, by the root, for two days that ended the day before this CA's validity
     * began: leaves the intermediate signed still chain by signature, but the certificate has expired (FIDO Resp-5
     * F-12). Made on each call; only tamperings ask for it.
     */
    public Bytes expiredIntermediateCertificate() {
        Instant begins = root.getNotBefore().toInstant();
        return der(caCertificate(INTERMEDIATE_NAME, intermediateKey, ROOT_NAME, rootKey,
                intermediate.getSerialNumber().add(BigInteger.ONE), begins.minus(3, ChronoUnit.DAYS),
                begins.minus(1, ChronoUnit.DAYS), new BasicConstraints(0)));
    }

    public Bytes intermediateCertificate() {
        return der(intermediate);
    }

    public String rootCertificatePem() {
        return pem(root);
    }

    public String intermediateCertificatePem() {
        return pem(intermediate);
    }

    /** Writes root.pem and intermediate.pem into the directory, creating it if needed. */
    public void writePem(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("root.pem"), rootCertificatePem(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("intermediate.pem"), intermediateCertificatePem(), StandardCharsets.US_ASCII);
    }

    /** Issues a leaf certificate for the subject key, signed by the intermediate. */
    public Bytes issue(AttestationCertificateSpec spec, CredentialKeyPair subjectKey) {
        return issue(spec, subjectKey, Issuer.INTERMEDIATE);
    }

    /**
     * Issues a leaf certificate for the subject key, signed by the chosen CA certificate. The serial number is derived
     * from the spec and the key, so issuing the same certificate twice gives the same bytes without a random source.
     */
    public Bytes issue(AttestationCertificateSpec spec, CredentialKeyPair subjectKey, Issuer issuer) {
        Objects.requireNonNull(issuer, "issuer");
        if (subjectKey.algorithm() != spec.keyAlgorithm()) {
            throw new IllegalArgumentException("subject key is " + subjectKey.algorithm().jwaName()
                    + " but the spec asks for " + spec.keyAlgorithm().jwaName());
        }
        SubjectPublicKeyInfo subjectPublicKey = spki(subjectKey);
        X500Name subject = name(spec.country(), spec.organization(), spec.organizationalUnit(), spec.commonName());
        BigInteger serial = derivedSerial(spec, subjectKey);
        X509CertificateHolder issuerCertificate = issuer == Issuer.ROOT ? root : intermediate;
        CredentialKeyPair issuerKey = issuer == Issuer.ROOT ? rootKey : intermediateKey;
        X500Name issuerName = issuerCertificate.getSubject();
        Date notBefore = spec.notBefore() != null ? Date.from(spec.notBefore()) : issuerCertificate.getNotBefore();
        Date notAfter = spec.notAfter() != null ? Date.from(spec.notAfter()) : issuerCertificate.getNotAfter();
        KeyPairContentSigner signer = new KeyPairContentSigner(issuerKey);
        if (spec.version() == 1) {
            return der(new X509v1CertificateBuilder(issuerName, serial, notBefore, notAfter, subject,
                    subjectPublicKey).build(signer));
        }
        try {
            X509ExtensionUtils extensions = new BcX509ExtensionUtils();
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                    issuerName, serial, notBefore, notAfter, subject, subjectPublicKey)
                    // WebAuthn L3 §8.2.1: basic constraints with CA set to false
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(spec.ca()))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectPublicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(spki(issuerKey)));
            if (spec.aaguidExtension() != null) {
                // WebAuthn L3 §8.2.1: extnValue is an OCTET STRING holding the AAGUID's OCTET STRING; not critical
                builder.addExtension(ID_FIDO_GEN_CE_AAGUID, spec.aaguidExtensionCritical(),
                        new DEROctetString(spec.aaguidExtension().toByteArray()));
            }
            for (CertificateExtension extension : spec.extensions()) {
                builder.addExtension(new ASN1ObjectIdentifier(extension.oid()), extension.critical(),
                        extension.value().toByteArray());
            }
            return der(builder.build(signer));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode certificate extension", e);
        }
    }

    private static X509CertificateHolder caCertificate(X500Name subject, CredentialKeyPair subjectKey, X500Name issuer,
            CredentialKeyPair issuerKey, BigInteger serial, Instant notBefore, Instant notAfter,
            BasicConstraints basicConstraints) {
        return PkiCertificates.issue(subject, subjectKey, issuer, issuerKey, serial, notBefore, notAfter,
                basicConstraints, PkiCertificates.CA_KEY_USAGE);
    }

    static X500Name name(String country, String organization, String organizationalUnit, String commonName) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        if (country != null) {
            builder.addRDN(BCStyle.C, country);
        }
        if (organization != null) {
            builder.addRDN(BCStyle.O, organization);
        }
        if (organizationalUnit != null) {
            builder.addRDN(BCStyle.OU, organizationalUnit);
        }
        if (commonName != null) {
            builder.addRDN(BCStyle.CN, commonName);
        }
        return builder.build();
    }

    private static BigInteger randomSerial(SecureRandom random) {
        byte[] bytes = new byte[SERIAL_BYTES];
        random.nextBytes(bytes);
        return positive(bytes);
    }

    private static BigInteger derivedSerial(AttestationCertificateSpec spec, CredentialKeyPair subjectKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(subjectKey.subjectPublicKeyInfo().toByteArray());
            sha256.update(spec.toString().getBytes(StandardCharsets.UTF_8));
            return positive(Arrays.copyOf(sha256.digest(), SERIAL_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    // RFC 5280 §4.1.2.2: serial numbers are positive
    private static BigInteger positive(byte[] bytes) {
        BigInteger serial = new BigInteger(1, bytes);
        return serial.signum() == 0 ? BigInteger.ONE : serial;
    }

    private static X509CertificateHolder parse(Bytes der, String what) {
        try {
            return new X509CertificateHolder(der.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an X.509 certificate (" + what + "): " + e.getMessage(), e);
        }
    }

    private static void requireSameKey(X509CertificateHolder certificate, CredentialKeyPair key, String what) {
        if (!certificate.getSubjectPublicKeyInfo().equals(spki(key))) {
            throw new IllegalArgumentException("the " + what + " private key does not match the " + what
                    + " certificate");
        }
    }

    private static String pem(X509CertificateHolder certificate) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject("CERTIFICATE", der(certificate).toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PEM", e);
        }
        return out.toString();
    }
}
