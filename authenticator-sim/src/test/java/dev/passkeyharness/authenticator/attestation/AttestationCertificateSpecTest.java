package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static dev.passkeyharness.authenticator.attestation.Registrations.x509;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.Bytes;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

/** Leaf attestation certificates as issued from a spec, parsed back with the JCA and BouncyCastle. */
class AttestationCertificateSpecTest {

    private static final String AAGUID_OID = "1.3.6.1.4.1.45724.1.1.4";
    private static final CredentialKeyPair KEY =
            KeyPairGeneration.generate(CoseAlgorithm.ES256, new DeterministicRandom(11, "leaf"));

    @Test
    void packedLeafFollowsWebAuthnSection821() throws Exception {
        Bytes der = CA.issue(AttestationCertificateSpec.packed(AAGUID, VENDOR), KEY);
        X509Certificate leaf = x509(der);
        X500Name subject = new X509CertificateHolder(der.toByteArray()).getSubject();

        // WebAuthn L3 §8.2.1
        assertEquals(3, leaf.getVersion());
        assertEquals("US", rdn(subject, BCStyle.C));
        assertEquals(VENDOR, rdn(subject, BCStyle.O));
        assertEquals("Authenticator Attestation", rdn(subject, BCStyle.OU));
        assertEquals(VENDOR + " Batch Attestation", rdn(subject, BCStyle.CN));
        assertEquals(-1, leaf.getBasicConstraints(), "CA must be false");
        assertTrue(leaf.getNonCriticalExtensionOIDs().contains(AAGUID_OID));
        assertFalse(leaf.getCriticalExtensionOIDs().contains(AAGUID_OID));
        assertArrayEquals(AAGUID.toByteArray(), aaguidExtensionValue(leaf));
        leaf.verify(x509(CA.intermediateCertificate()).getPublicKey());
        assertEquals(x509(CA.intermediateCertificate()).getSubjectX500Principal(), leaf.getIssuerX500Principal());
        assertArrayEquals(KEY.subjectPublicKeyInfo().toByteArray(), leaf.getPublicKey().getEncoded());
    }

    @Test
    void u2fLeafHasNoAaguidExtension() {
        X509Certificate leaf = x509(CA.issue(AttestationCertificateSpec.u2f(VENDOR), KEY));

        assertEquals(3, leaf.getVersion());
        assertNull(leaf.getExtensionValue(AAGUID_OID));
        assertEquals(-1, leaf.getBasicConstraints());
    }

    @Test
    void version1LeafCarriesNoExtensions() {
        X509Certificate leaf = x509(CA.issue(AttestationCertificateSpec.packed(AAGUID, VENDOR).withVersion(1), KEY));

        assertEquals(1, leaf.getVersion());
        assertNull(leaf.getCriticalExtensionOIDs());
        assertNull(leaf.getNonCriticalExtensionOIDs());
    }

    @Test
    void tamperedFieldsShowInTheCertificate() throws Exception {
        Instant notBefore = Instant.parse("2030-01-01T00:00:00Z");
        Bytes otherAaguid = Bytes.fromHex("00112233445566778899aabbccddeeff");
        AttestationCertificateSpec spec = AttestationCertificateSpec.packed(AAGUID, VENDOR)
                .withOrganizationalUnit("Authenticator attestation")
                .withCountry(null)
                .withCa(true)
                .withAaguidExtension(otherAaguid)
                .withAaguidExtensionCritical(true)
                .withNotBefore(notBefore);
        Bytes der = CA.issue(spec, KEY);
        X509Certificate leaf = x509(der);
        X500Name subject = new X509CertificateHolder(der.toByteArray()).getSubject();

        assertEquals("Authenticator attestation", rdn(subject, BCStyle.OU));
        assertEquals(0, subject.getRDNs(BCStyle.C).length);
        assertTrue(leaf.getBasicConstraints() >= 0, "CA=true");
        assertTrue(leaf.getCriticalExtensionOIDs().contains(AAGUID_OID));
        assertArrayEquals(otherAaguid.toByteArray(), aaguidExtensionValue(leaf));
        assertEquals(notBefore, leaf.getNotBefore().toInstant());
    }

    @Test
    void omittedAaguidExtensionIsOmitted() {
        X509Certificate leaf =
                x509(CA.issue(AttestationCertificateSpec.packed(AAGUID, VENDOR).withAaguidExtension(null), KEY));

        assertNull(leaf.getExtensionValue(AAGUID_OID));
    }

    @Test
    void specRefusesVersionsOtherThanOneOrThree() {
        AttestationCertificateSpec spec = AttestationCertificateSpec.packed(AAGUID, VENDOR);

        assertThrows(IllegalArgumentException.class, () -> spec.withVersion(2));
        assertThrows(IllegalArgumentException.class,
                () -> AttestationCertificateSpec.packed(Bytes.fromHex("00"), VENDOR));
    }

    @Test
    void withMethodsChangeOnlyTheirField() {
        AttestationCertificateSpec spec = AttestationCertificateSpec.packed(AAGUID, VENDOR);

        assertEquals(spec, spec.withCommonName("x").withCommonName(spec.commonName()));
        assertEquals(CoseAlgorithm.ES384, spec.withKeyAlgorithm(CoseAlgorithm.ES384).keyAlgorithm());
        assertEquals("O2", spec.withOrganization("O2").organization());
        assertEquals(spec.organizationalUnit(), spec.withOrganization("O2").organizationalUnit());
    }

    /** extnValue is an OCTET STRING wrapping the DER OCTET STRING of the AAGUID (WebAuthn L3 §8.2.1). */
    private static byte[] aaguidExtensionValue(X509Certificate certificate) {
        byte[] extnValue = ASN1OctetString.getInstance(certificate.getExtensionValue(AAGUID_OID)).getOctets();
        return ASN1OctetString.getInstance(extnValue).getOctets();
    }

    private static String rdn(X500Name name, ASN1ObjectIdentifier type) {
        return name.getRDNs(type)[0].getFirst().getValue().toString();
    }
}
