package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static dev.passkeyharness.authenticator.attestation.Registrations.x509;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.UnicodeString;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.attestation.statement.AndroidSafetyNetAttestationStatement;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

class AndroidSafetyNetAttestationTest {

    private static final Registrations.Ceremony CEREMONY =
            Registrations.ceremony(new DeterministicRandom(12, "safetynet"));
    private static final Clock SERVICE_CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07.089Z"), ZoneOffset.UTC);

    /** webauthn4j's strict verifier, trusting only our root; timestampMs from now, as its freshness check wants. */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "RS256"})
    void webauthn4jAcceptsTheResponseChainedToOurRoot(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = attest(authData, key, TamperSet.NONE, Clock.systemUTC());

        RegistrationData data = Registrations.verify(AttestationObject.encode(statement, authData.encode()), CEREMONY);

        assertEquals("android-safetynet", data.getAttestationObject().getFormat());
        AndroidSafetyNetAttestationStatement parsed =
                (AndroidSafetyNetAttestationStatement) data.getAttestationObject().getAttestationStatement();
        assertTrue(parsed.getResponse().isValidSignature());
        assertEquals(2, parsed.getX5c().size());
    }

    /** The compact JWS read part by part: header, payload, and a signature by the attest.android.com leaf. */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "RS256"})
    void responseIsACompactJwsWithTheNonceAndVerdict(CoseAlgorithm algorithm) throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Map attStmt = attest(authData, key, TamperSet.NONE, SERVICE_CLOCK).attStmt();

        assertEquals(2, attStmt.getKeys().size(), "attStmt is {ver, response}");
        assertEquals(AndroidSafetyNetAttestation.VERSION, ((UnicodeString) attStmt.get(Cbor.text("ver"))).getString());
        String jws = new String(((ByteString) attStmt.get(Cbor.text("response"))).getBytes(),
                StandardCharsets.US_ASCII);
        String[] parts = jws.split("\\.", -1);
        assertEquals(3, parts.length);

        JsonNode header = json(parts[0]);
        assertEquals("RS256", header.get("alg").asString(), "the service signs RS256 whatever the credential");
        assertEquals(2, header.get("x5c").size());
        X509Certificate leaf = x509(Bytes.of(Base64.getDecoder().decode(header.get("x5c").get(0).asString())));
        X509Certificate intermediate =
                x509(Bytes.of(Base64.getDecoder().decode(header.get("x5c").get(1).asString())));
        assertEquals("attest.android.com", commonName(leaf));
        assertArrayEquals(CA.intermediateCertificate().toByteArray(), intermediate.getEncoded());
        leaf.verify(intermediate.getPublicKey());

        JsonNode payload = json(parts[1]);
        byte[] expectedNonce = Sha256.of(Bytes.concat(authData.encode().toByteArray(),
                CEREMONY.clientDataHash().toByteArray())).toByteArray();
        assertArrayEquals(expectedNonce, Base64.getDecoder().decode(payload.get("nonce").asString()));
        assertEquals(SERVICE_CLOCK.millis(), payload.get("timestampMs").asLong());
        assertTrue(payload.get("ctsProfileMatch").asBoolean());
        assertTrue(payload.get("basicIntegrity").asBoolean());
        assertEquals(AndroidSafetyNetAttestation.APK_PACKAGE_NAME, payload.get("apkPackageName").asString());
        assertEquals(32, Base64.getDecoder().decode(payload.get("apkDigestSha256").asString()).length);
        assertEquals(32, Base64.getDecoder().decode(
                payload.get("apkCertificateDigestSha256").get(0).asString()).length);

        // RFC 7515 §5.2: the signature covers the ASCII of base64url(header) . base64url(payload); RFC 7518 §3.3
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(leaf.getPublicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    /** The response's time comes from the service clock alone: another time, another timestampMs, same key. */
    @Test
    void timestampFollowsTheServiceClock() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        Clock later = Clock.offset(SERVICE_CLOCK, java.time.Duration.ofSeconds(5));

        assertEquals(SERVICE_CLOCK.millis() + 5000, timestampMs(attest(authData, key, TamperSet.NONE, later)));
        assertEquals(attest(authData, key, TamperSet.NONE, SERVICE_CLOCK),
                attest(authData, key, TamperSet.NONE, SERVICE_CLOCK));
    }

    /** Every android-safetynet tampering makes webauthn4j's strict verifier refuse the registration. */
    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "RS256"})
    void everyTamperingIsRefusedByWebauthn4j(CoseAlgorithm algorithm) {
        CredentialKeyPair key = Registrations.credentialKey(algorithm);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        List<Tampering> tamperings = Tamperings.all().stream()
                .filter(t -> t.name().startsWith("attStmt.android-safetynet.")).toList();
        assertEquals(9, tamperings.size());
        Bytes valid = AttestationObject.encode(attest(authData, key, TamperSet.NONE, Clock.systemUTC()),
                authData.encode());
        for (Tampering tampering : tamperings) {
            Bytes object = AttestationObject.encode(
                    attest(authData, key, TamperSet.of(tampering), Clock.systemUTC()), authData.encode());
            assertNotEquals(valid, object, tampering.name());
            Registrations.assertRefused(() -> Registrations.verify(object, CEREMONY));
        }
    }

    @Test
    void refusesAlgorithmsOtherThanEs256AndRs256() {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.EDDSA);
        assertThrows(IllegalArgumentException.class,
                () -> attest(Registrations.authData(key, AAGUID), key, TamperSet.NONE, SERVICE_CLOCK));
        assertFalse(AttestationFormat.ANDROID_SAFETYNET.algorithms().contains(CoseAlgorithm.EDDSA));
    }

    private static AttestationStatement attest(AuthenticatorData authData, CredentialKeyPair key, TamperSet tamperings,
            Clock serviceClock) {
        AttestationStatement statement = new AndroidSafetyNetAttestation(CA, VENDOR, serviceClock).attest(
                new AttestationInput(authData, CEREMONY.clientDataHash(), key, new DeterministicRandom(5, "safetynet"),
                        tamperings.attestationCertificate(), null, tamperings.formatFaults()));
        return new AttestationStatement(statement.fmt(), tamperings.attestationStatement(statement.attStmt()));
    }

    private static long timestampMs(AttestationStatement statement) {
        String jws = new String(((ByteString) statement.attStmt().get(Cbor.text("response"))).getBytes(),
                StandardCharsets.US_ASCII);
        return json(jws.split("\\.")[1]).get("timestampMs").asLong();
    }

    private static JsonNode json(String segment) {
        return StrictJson.mapper().readTree(new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8));
    }

    private static String commonName(X509Certificate certificate) {
        String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        return java.util.Arrays.stream(name.split(",")).filter(p -> p.startsWith("CN=")).map(p -> p.substring(3))
                .findFirst().orElseThrow();
    }
}
