package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.TamperAction;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.TamperStage;
import dev.passkeyharness.authenticator.tamper.Tampering;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tamper hooks the client owns: client data before hashing, encodings and response fields before base64url. */
class ClientTamperingTest {

    private final Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(2).build();

    @Test
    void clientDataEditIsHashedSoOnlyTheChallengeCheckFails() throws Exception {
        Tampering wrongChallenge = tampering("clientData.test.challenge", TamperStage.CLIENT_DATA, Ceremony.REGISTRATION,
                new TamperAction.EditClientData(d -> d.withChallenge("AAAA")));
        RegistrationResponse registration = client(wrongChallenge).create(OptionsFixtures.creation());
        String json = new String(registration.clientDataJSON().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"challenge\":\"AAAA\""), json);
        assertThrows(BadChallengeException.class,
                () -> Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false));
    }

    @Test
    void clientDataJsonEditIsHashedAndSignedInTheAssertion() throws Exception {
        RegistrationResponse registration = WebAuthnClient.of(authenticator, Rp.ORIGIN).create(OptionsFixtures.creation());
        CredentialRecordImpl record = Rp.record(Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false));
        Tampering appendMember = tampering("clientData.test.json", TamperStage.CLIENT_DATA, Ceremony.AUTHENTICATION,
                new TamperAction.EditClientDataJson(json -> json.substring(0, json.length() - 1) + ",\"extra\":1}"));
        AuthenticationResponse assertion = client(appendMember).get(OptionsFixtures.request("", "preferred"));
        String json = new String(assertion.clientDataJSON().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(json.endsWith(",\"extra\":1}"), json);
        // the signature covers the edited text, so a verifier that ignores unknown members accepts it
        Rp.verifyAuthentication(assertion.toJson(), OptionsFixtures.CHALLENGE, record);
    }

    @Test
    void clientDataJsonEditComesAfterTheRecordEdits() throws Exception {
        TamperSet tamperings = TamperSet.of(
                tampering("clientData.test.json", TamperStage.CLIENT_DATA, Ceremony.REGISTRATION,
                        new TamperAction.EditClientDataJson(json -> json.replace("\"challenge\":\"AAAA\"", "\"challenge\":7"))),
                tampering("clientData.test.challenge", TamperStage.CLIENT_DATA, Ceremony.REGISTRATION,
                        new TamperAction.EditClientData(d -> d.withChallenge("AAAA"))));
        RegistrationResponse registration = WebAuthnClient.builder(authenticator, Rp.ORIGIN).tamperings(tamperings).build()
                .create(OptionsFixtures.creation());
        String json = new String(registration.clientDataJSON().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"challenge\":7,"), json);
    }

    @Test
    void clientDataJsonEditOfTheOtherCeremonyIsNotApplied() throws Exception {
        Tampering onlyInAssertions = tampering("clientData.test.json", TamperStage.CLIENT_DATA, Ceremony.AUTHENTICATION,
                new TamperAction.EditClientDataJson(json -> "{}"));
        RegistrationResponse registration = client(onlyInAssertions).create(OptionsFixtures.creation());
        Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false);
    }

    @Test
    void signatureEncodingEditBreaksTheSignature() throws Exception {
        RegistrationResponse registration = WebAuthnClient.of(authenticator, Rp.ORIGIN).create(OptionsFixtures.creation());
        CredentialRecordImpl record = Rp.record(Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false));
        Tampering flipLastByte = tampering("encoding.test.signature", TamperStage.ENCODING, Ceremony.AUTHENTICATION,
                new TamperAction.EditEncoding(TamperAction.EncodedPart.SIGNATURE, ClientTamperingTest::flipLast));
        AuthenticationResponse assertion = client(flipLastByte).get(OptionsFixtures.request("", "preferred"));
        assertThrows(BadSignatureException.class,
                () -> Rp.verifyAuthentication(assertion.toJson(), OptionsFixtures.CHALLENGE, record));
    }

    @Test
    void responseFieldEditsChangeIdAndUserHandleOnly() throws Exception {
        RegistrationResponse registration = WebAuthnClient.of(authenticator, Rp.ORIGIN).create(OptionsFixtures.creation());
        TamperSet tamperings = TamperSet.of(
                tampering("encoding.test.id", TamperStage.ENCODING, Ceremony.AUTHENTICATION,
                        new TamperAction.EditResponseField(TamperAction.ResponseField.CREDENTIAL_ID, ClientTamperingTest::flipLast)),
                tampering("encoding.test.userHandle", TamperStage.ENCODING, Ceremony.AUTHENTICATION,
                        new TamperAction.EditResponseField(TamperAction.ResponseField.USER_HANDLE, h -> Bytes.fromHex("00"))));
        AuthenticationResponse assertion = WebAuthnClient.builder(authenticator, Rp.ORIGIN).tamperings(tamperings).build()
                .get(OptionsFixtures.request("", "preferred"));
        assertEquals(flipLast(registration.id()), assertion.id());
        assertEquals(Bytes.fromHex("00"), assertion.userHandle());
        assertTrue(assertion.toJson().contains("\"rawId\":\"" + flipLast(registration.id()).base64Url() + "\""));
        assertNotEquals(registration.id(), assertion.id());
    }

    @Test
    void attestationObjectEditIsWhatIsSent() throws Exception {
        Tampering truncate = tampering("encoding.test.attObj", TamperStage.ENCODING, Ceremony.REGISTRATION,
                new TamperAction.EditEncoding(TamperAction.EncodedPart.ATTESTATION_OBJECT, b -> Bytes.fromHex("a0")));
        RegistrationResponse registration = client(truncate).create(OptionsFixtures.creation());
        assertEquals(Bytes.fromHex("a0"), registration.attestationObject());
        assertTrue(registration.toJson().contains("\"attestationObject\":\"oA\""));
    }

    private WebAuthnClient client(Tampering tampering) {
        return WebAuthnClient.builder(authenticator, Rp.ORIGIN).tamperings(TamperSet.of(tampering)).build();
    }

    private static Tampering tampering(String name, TamperStage stage, Ceremony ceremony, TamperAction action) {
        return new Tampering(name, stage, Set.of(ceremony), "test tampering", "WebAuthn L3 §7", action);
    }

    private static Bytes flipLast(Bytes bytes) {
        byte[] b = bytes.toByteArray();
        b[b.length - 1] ^= 0x01;
        return Bytes.of(b);
    }
}
