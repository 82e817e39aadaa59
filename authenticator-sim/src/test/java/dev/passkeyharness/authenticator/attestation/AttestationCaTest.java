package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.FIXED_CLOCK;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static dev.passkeyharness.authenticator.attestation.Registrations.x509;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttestationCaTest {

    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;

    @Test
    void rootIsASelfSignedCaWithCriticalBasicConstraintsAndCertSignKeyUsage() throws Exception {
        X509Certificate root = x509(CA.rootCertificate());

        root.verify(root.getPublicKey());
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        assertEquals(Integer.MAX_VALUE, root.getBasicConstraints(), "CA=true without a path length limit");
        assertTrue(root.getCriticalExtensionOIDs().containsAll(Set.of(BASIC_CONSTRAINTS, KEY_USAGE)));
        assertTrue(root.getKeyUsage()[KEY_CERT_SIGN]);
        assertTrue(root.getKeyUsage()[CRL_SIGN]);
        assertEquals("SHA256withECDSA", root.getSigAlgName());
        assertEquals("EC", root.getPublicKey().getAlgorithm());
    }

    @Test
    void intermediateIsSignedByTheRootWithPathLengthZero() throws Exception {
        X509Certificate root = x509(CA.rootCertificate());
        X509Certificate intermediate = x509(CA.intermediateCertificate());

        intermediate.verify(root.getPublicKey());
        assertEquals(root.getSubjectX500Principal(), intermediate.getIssuerX500Principal());
        assertEquals(0, intermediate.getBasicConstraints());
        assertTrue(intermediate.getCriticalExtensionOIDs().contains(BASIC_CONSTRAINTS));
        assertTrue(intermediate.getKeyUsage()[KEY_CERT_SIGN]);
    }

    @Test
    void validityRunsFromOneDayBeforeTheClockToTwentyYearsAfter() {
        X509Certificate root = x509(CA.rootCertificate());

        assertEquals(Instant.parse("2025-05-31T12:34:56Z"), root.getNotBefore().toInstant());
        assertEquals(Instant.parse("2045-06-01T12:34:56Z"), root.getNotAfter().toInstant());
        assertEquals(root.getNotAfter(), x509(CA.intermediateCertificate()).getNotAfter());
    }

    @Test
    void issuedLeafChainsToTheRootUnderPkixValidation() throws Exception {
        Bytes leaf = CA.issue(AttestationCertificateSpec.packed(AAGUID, VENDOR), key(1));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters =
                new PKIXParameters(Set.of(new TrustAnchor(x509(CA.rootCertificate()), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(FIXED_CLOCK.instant()));

        CertPathValidator.getInstance("PKIX").validate(
                factory.generateCertPath(List.of(x509(leaf), x509(CA.intermediateCertificate()))), parameters);
    }

    @Test
    void leafSignedByAnotherCaDoesNotChainToOurRoot() throws Exception {
        AttestationCa other = AttestationCa.create(new DeterministicRandom(99, "other-ca"), FIXED_CLOCK);
        Bytes leaf = other.issue(AttestationCertificateSpec.packed(AAGUID, VENDOR), key(1));
        PKIXParameters parameters =
                new PKIXParameters(Set.of(new TrustAnchor(x509(CA.rootCertificate()), null)));
        parameters.setRevocationEnabled(false);

        assertThrows(CertPathValidatorException.class, () -> CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509")
                        .generateCertPath(List.of(x509(leaf), x509(other.intermediateCertificate()))),
                parameters));
    }

    @Test
    void stateRoundTripsAndTheRebuiltCaIssuesTheSameCertificates() {
        AttestationCa rebuilt = AttestationCa.fromState(CA.state());
        AttestationCertificateSpec spec = AttestationCertificateSpec.packed(AAGUID, VENDOR);

        assertEquals(CA.state(), rebuilt.state());
        assertEquals(CA.issue(spec, key(2)), rebuilt.issue(spec, key(2)));
    }

    @Test
    void stateWhoseKeyDoesNotMatchItsCertificateIsRefused() {
        AttestationCa.State state = CA.state();
        AttestationCa.State swapped = new AttestationCa.State(state.intermediatePrivateKey(), state.rootCertificate(),
                state.intermediatePrivateKey(), state.intermediateCertificate());

        assertThrows(IllegalArgumentException.class, () -> AttestationCa.fromState(swapped));
    }

    @Test
    void stateWithGarbageCertificateIsRefused() {
        AttestationCa.State state = CA.state();
        AttestationCa.State broken = new AttestationCa.State(state.rootPrivateKey(), Bytes.fromHex("3000"),
                state.intermediatePrivateKey(), state.intermediateCertificate());

        assertThrows(IllegalArgumentException.class, () -> AttestationCa.fromState(broken));
    }

    @Test
    void pemFilesHoldTheDerCertificates(@TempDir Path dir) throws Exception {
        CA.writePem(dir.resolve("ca"));

        String rootPem = Files.readString(dir.resolve("ca/root.pem"), StandardCharsets.US_ASCII);
        String intermediatePem = Files.readString(dir.resolve("ca/intermediate.pem"), StandardCharsets.US_ASCII);
        assertTrue(rootPem.startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(CA.rootCertificatePem(), rootPem);
        assertArrayEquals(CA.rootCertificate().toByteArray(), parsePem(rootPem).getEncoded());
        assertArrayEquals(CA.intermediateCertificate().toByteArray(), parsePem(intermediatePem).getEncoded());
    }

    @Test
    void issueRefusesAKeyOfAnotherAlgorithmThanTheSpecAsks() {
        CredentialKeyPair es384 = KeyPairGeneration.generate(CoseAlgorithm.ES384, new DeterministicRandom(5, "k"));

        assertThrows(IllegalArgumentException.class,
                () -> CA.issue(AttestationCertificateSpec.packed(AAGUID, VENDOR), es384));
    }

    private static X509Certificate parsePem(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private static CredentialKeyPair key(int seed) {
        return KeyPairGeneration.generate(CoseAlgorithm.ES256, new DeterministicRandom(seed, "leaf-key"));
    }
}
