package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static dev.passkeyharness.authenticator.attestation.Registrations.x509;
import static dev.passkeyharness.authenticator.attestation.TpmAttestationTest.x5c;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.RegistrationData;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AndroidKeyAndAppleAttestationTest {

    private static final Registrations.Ceremony CEREMONY =
            Registrations.ceremony(new DeterministicRandom(11, "android-apple"));

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "RS256"})
    void webauthn4jAcceptsAndroidKeyChainedToOurRoot(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = androidKey(authData, key, FormatFaults.NONE);

        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);

        assertEquals("android-key", data.getAttestationObject().getFormat());
        assertEquals(algorithm.coseId(), Cbor.longValue(statement.attStmt().get(Cbor.text("alg"))));
    }

    /** Like a device's KeyStore chain, x5c ends with the root: verifiers that know Google's roots compare the last. */
    @Test
    void androidKeyChainCarriesLeafIntermediateAndRoot() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        List<byte[]> chain = x5c(androidKey(Registrations.authData(key, AAGUID), key, FormatFaults.NONE).attStmt());

        assertEquals(3, chain.size());
        assertArrayEquals(CA.intermediateCertificate().toByteArray(), chain.get(1));
        assertArrayEquals(CA.rootCertificate().toByteArray(), chain.get(2));
    }

    /** The key description read field by field against the Android key attestation schema WebAuthn L3 §8.4 cites. */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "RS256"})
    void leafCertifiesTheCredentialKeyWithAKeyDescriptionBoundToClientDataHash(CoseAlgorithm algorithm)
            throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        X509Certificate leaf = x509(Bytes.of(x5c(androidKey(Registrations.authData(key, AAGUID), key,
                FormatFaults.NONE).attStmt()).get(0)));

        assertArrayEquals(key.subjectPublicKeyInfo().toByteArray(), leaf.getPublicKey().getEncoded());
        assertFalse(leaf.getCriticalExtensionOIDs().contains(KeyDescription.OID));
        ASN1Sequence description = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(leaf.getExtensionValue(KeyDescription.OID)).getOctets()));
        assertEquals(8, description.size());
        assertEquals(BigInteger.valueOf(3), ASN1Integer.getInstance(description.getObjectAt(0)).getValue());
        assertEquals(1, ASN1Enumerated.getInstance(description.getObjectAt(1)).intValueExact(), "TEE");
        assertArrayEquals(CEREMONY.clientDataHash().toByteArray(),
                ASN1OctetString.getInstance(description.getObjectAt(4)).getOctets(), "attestationChallenge");
        ASN1Sequence software = ASN1Sequence.getInstance(description.getObjectAt(6));
        ASN1Sequence tee = ASN1Sequence.getInstance(description.getObjectAt(7));
        assertEquals(0, software.size());
        int previous = 0;
        for (ASN1Encodable field : tee) {
            int tag = ASN1TaggedObject.getInstance(field).getTagNo();
            assertTrue(tag > previous, "fields in ascending tag order");
            assertTrue(tag != AuthorizationList.TAG_ALL_APPLICATIONS, "no allApplications");
            previous = tag;
        }
        assertEquals(BigInteger.valueOf(AuthorizationList.KM_ORIGIN_GENERATED),
                ASN1Integer.getInstance(explicit(tee, AuthorizationList.TAG_ORIGIN)).getValue());
        ASN1Set purposes = ASN1Set.getInstance(explicit(tee, AuthorizationList.TAG_PURPOSE));
        assertEquals(BigInteger.valueOf(AuthorizationList.KM_PURPOSE_SIGN),
                ASN1Integer.getInstance(purposes.getObjectAt(0)).getValue());
    }

    @Test
    void eachBrokenAndroidKeyRuleIsRefusedByWebauthn4j() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        List<FormatFaults> faults = List.of(
                keyDescription(d -> d.withAttestationChallenge(Sha256.of(d.attestationChallenge()))),
                keyDescription(d -> d.withTeeEnforced(d.teeEnforced().withAllApplications(true))),
                keyDescription(d -> d.withTeeEnforced(d.teeEnforced().withOrigin(AuthorizationList.KM_ORIGIN_IMPORTED))),
                keyDescription(d -> d.withTeeEnforced(d.teeEnforced().withPurposes(
                        List.of(AuthorizationList.KM_PURPOSE_ENCRYPT)))),
                otherKey());
        for (FormatFaults fault : faults) {
            AttestationStatement statement = androidKey(authData, key, fault);
            Registrations.assertRefused(
                    () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
        }
    }

    @Test
    void webauthn4jAcceptsAppleAnonymousAttestation() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = apple(authData, key, FormatFaults.NONE);

        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);

        assertEquals("apple", data.getAttestationObject().getFormat());
        assertEquals(List.of("x5c"), statement.attStmt().getKeys().stream()
                .map(k -> ((co.nstant.in.cbor.model.UnicodeString) k).getString()).toList(), "no sig in apple");
    }

    /** WebAuthn L3 §8.8: the nonce extension is SEQUENCE { [1] EXPLICIT OCTET STRING } over authData ‖ cdh. */
    @Test
    void appleLeafCarriesTheNonceOfAuthenticatorDataAndClientDataHash() throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        X509Certificate leaf = x509(Bytes.of(x5c(apple(authData, key, FormatFaults.NONE).attStmt()).get(0)));

        ASN1Sequence extension = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(
                ASN1OctetString.getInstance(leaf.getExtensionValue(AppleAttestation.NONCE_OID)).getOctets()));
        ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(extension.getObjectAt(0));
        assertEquals(1, tagged.getTagNo());
        byte[] nonce = ASN1OctetString.getInstance(tagged.getExplicitBaseObject()).getOctets();
        assertArrayEquals(Sha256.of(Bytes.concat(authData.encode().toByteArray(),
                CEREMONY.clientDataHash().toByteArray())).toByteArray(), nonce);
        assertArrayEquals(key.subjectPublicKeyInfo().toByteArray(), leaf.getPublicKey().getEncoded());
        leaf.verify(x509(CA.intermediateCertificate()).getPublicKey());
    }

    @Test
    void eachBrokenAppleRuleIsRefusedByWebauthn4j() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        for (FormatFaults fault : List.of(otherKey(), FormatFaults.of(new AppleAttestation.NonceEdit(n -> Sha256.of(n))))) {
            AttestationStatement statement = apple(authData, key, fault);
            Registrations.assertRefused(
                    () -> Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY));
        }
    }

    @Test
    void formatsRefuseAlgorithmsTheyCannotAttest() {
        CredentialKeyPair ed = Registrations.credentialKey(CoseAlgorithm.EDDSA);
        AuthenticatorData authData = Registrations.authData(ed, AAGUID);
        assertThrows(IllegalArgumentException.class, () -> androidKey(authData, ed, FormatFaults.NONE));
        assertThrows(IllegalArgumentException.class, () -> apple(authData, ed, FormatFaults.NONE));
    }

    private static ASN1Encodable explicit(ASN1Sequence list, int tag) {
        for (ASN1Encodable field : list) {
            ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(field);
            if (tagged.getTagNo() == tag) {
                return tagged.getExplicitBaseObject();
            }
        }
        throw new AssertionError("no field [" + tag + "]");
    }

    private static FormatFaults keyDescription(UnaryOperator<KeyDescription> edit) {
        return FormatFaults.of(new AndroidKeyAttestation.KeyDescriptionEdit(edit));
    }

    private static FormatFaults otherKey() {
        return FormatFaults.of(LeafKeys.Fault.CERTIFY_OTHER_KEY);
    }

    private static AttestationStatement androidKey(AuthenticatorData authData, CredentialKeyPair key,
            FormatFaults edits) {
        return new AndroidKeyAttestation(CA).attest(new AttestationInput(authData, CEREMONY.clientDataHash(), key,
                new DeterministicRandom(4, "android"), UnaryOperator.identity(), null, edits));
    }

    private static AttestationStatement apple(AuthenticatorData authData, CredentialKeyPair key, FormatFaults edits) {
        return new AppleAttestation(CA, VENDOR).attest(new AttestationInput(authData, CEREMONY.clientDataHash(), key,
                new DeterministicRandom(4, "apple"), UnaryOperator.identity(), null, edits));
    }
}
