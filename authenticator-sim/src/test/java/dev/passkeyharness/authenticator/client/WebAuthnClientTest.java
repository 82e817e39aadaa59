package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.RegistrationData;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.CtapStatus;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebAuthnClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(1).build();
    private final WebAuthnClient client = WebAuthnClient.of(authenticator, Rp.ORIGIN);

    @Test
    void registersThenSignsInWithAndWithoutAllowCredentials() throws Exception {
        RegistrationResponse registration = client.create(creation("alice", "{\"residentKey\":\"required\"}", ""));
        RegistrationData registered = Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false);
        CredentialRecordImpl record = Rp.record(registered);
        assertArrayEquals(registration.id().toByteArray(),
                registered.getAttestationObject().getAuthenticatorData().getAttestedCredentialData().getCredentialId());

        // a discoverable sign-in: the user handle comes back
        AuthenticationResponse first = client.get(OptionsFixtures.request("", "preferred"));
        AuthenticationData verified = Rp.verifyAuthentication(first.toJson(), OptionsFixtures.CHALLENGE, record);
        assertEquals(registration.id(), first.id());
        assertEquals(Bytes.of("alice".getBytes(StandardCharsets.UTF_8)), first.userHandle());
        record.setCounter(verified.getAuthenticatorData().getSignCount());

        // a sign-in naming the credential
        AuthenticationResponse second = client.get(OptionsFixtures.request(OptionsFixtures.descriptor(registration.id().base64Url()), "preferred"));
        AuthenticationData verifiedAgain = Rp.verifyAuthentication(second.toJson(), OptionsFixtures.CHALLENGE, record);
        assertEquals(registration.id(), second.id());
        assertTrue(verifiedAgain.getAuthenticatorData().getSignCount() > verified.getAuthenticatorData().getSignCount());
    }

    @Test
    void nonDiscoverableCredentialSignsInWithoutUserHandle() throws Exception {
        RegistrationResponse registration = client.create(creation("bob", "{\"residentKey\":\"discouraged\"}", ""));
        CredentialRecordImpl record = Rp.record(Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false));
        assertEquals(Boolean.FALSE, registration.credPropsRk());
        AuthenticationResponse assertion = client.get(OptionsFixtures.request(OptionsFixtures.descriptor(registration.id().base64Url()), "discouraged"));
        Rp.verifyAuthentication(assertion.toJson(), OptionsFixtures.CHALLENGE, record);
        assertNull(assertion.userHandle());
        assertFalse(assertion.toJson().contains("userHandle"));
    }

    @Test
    void registrationJsonHasTheL3Members() throws Exception {
        RegistrationResponse registration = client.create(creation("alice", "{\"residentKey\":\"preferred\"}", ""));
        JsonNode json = JSON.readTree(registration.toJson());
        assertEquals(registration.id().base64Url(), json.get("id").stringValue());
        assertEquals(json.get("id"), json.get("rawId"));
        assertEquals("public-key", json.get("type").stringValue());
        assertEquals("cross-platform", json.get("authenticatorAttachment").stringValue());
        JsonNode response = json.get("response");
        assertEquals("[\"usb\",\"nfc\"]", response.get("transports").toString());
        assertEquals(-7, response.get("publicKeyAlgorithm").longValue());
        assertTrue(json.get("clientExtensionResults").get("credProps").get("rk").booleanValue());
        assertEquals("{\"type\":\"webauthn.create\",\"challenge\":\"" + OptionsFixtures.CHALLENGE
                        + "\",\"origin\":\"https://login.example.com\",\"crossOrigin\":false}",
                new String(Bytes.fromBase64Url(response.get("clientDataJSON").stringValue()).toByteArray(), StandardCharsets.UTF_8));
        assertEquals(java.util.List.of("clientDataJSON", "authenticatorData", "transports", "publicKey",
                "publicKeyAlgorithm", "attestationObject"), java.util.List.copyOf(response.propertyNames()));
    }

    @Test
    void topOriginMakesTheCeremonyCrossOrigin() throws Exception {
        WebAuthnClient framed = WebAuthnClient.builder(authenticator, Rp.ORIGIN).topOrigin("https://shop.example").build();
        RegistrationResponse registration = framed.create(creation("alice", "{}", ""));
        assertEquals("{\"type\":\"webauthn.create\",\"challenge\":\"" + OptionsFixtures.CHALLENGE
                        + "\",\"origin\":\"https://login.example.com\",\"crossOrigin\":true,\"topOrigin\":\"https://shop.example\"}",
                new String(registration.clientDataJSON().toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void excludedCredentialIsInvalidStateError() throws Exception {
        RegistrationResponse registration = client.create(creation("alice", "{}", ""));
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> client.create(creation("alice", "{}", OptionsFixtures.descriptor(registration.id().base64Url()))));
        assertEquals(DomExceptionName.InvalidStateError, e.name());
        assertEquals(CtapStatus.CTAP2_ERR_CREDENTIAL_EXCLUDED, e.ctapStatus().orElseThrow());
    }

    @Test
    void declinedUserIsNotAllowedError() {
        Ctap2Authenticator declining = Ctap2Authenticator.builder().user(SimulatedUser.DECLINE).build();
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> WebAuthnClient.of(declining, Rp.ORIGIN).create(creation("alice", "{}", "")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
        assertEquals(CtapStatus.CTAP2_ERR_OPERATION_DENIED, e.ctapStatus().orElseThrow());
    }

    @Test
    void requiredUvWithoutUvIsNotAllowedErrorBeforeMakeCredential() {
        Ctap2Authenticator noUv = Ctap2Authenticator.builder().user(SimulatedUser.NO_UV).build();
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> WebAuthnClient.of(noUv, Rp.ORIGIN).create(creation("alice", "{\"userVerification\":\"required\"}", "")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
        assertTrue(e.ctapStatus().isEmpty());
        assertTrue(noUv.state().store().all().isEmpty());
    }

    @Test
    void preferredUvWithoutUvRegistersWithoutUv() throws Exception {
        Ctap2Authenticator noUv = Ctap2Authenticator.builder().user(SimulatedUser.NO_UV).build();
        RegistrationResponse registration = WebAuthnClient.of(noUv, Rp.ORIGIN).create(creation("alice", "{}", ""));
        RegistrationData data = Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false);
        assertFalse(data.getAttestationObject().getAuthenticatorData().isFlagUV());
    }

    @Test
    void requiredResidentKeyOnADeviceWithoutIsNotAllowedError() {
        Ctap2Authenticator u2f = Ctap2Authenticator.builder().profile(Profiles.U2F_LEGACY).build();
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> WebAuthnClient.of(u2f, Rp.ORIGIN).create(creation("alice", "{\"residentKey\":\"required\"}", "")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
    }

    @Test
    void fullKeyStoreIsNotAllowedErrorAndStoresNothing() throws Exception {
        Ctap2Authenticator oneSlot = Ctap2Authenticator.builder()
                .profile(Profiles.SECURITY_KEY.withDiscoverableCredentialCapacity(1)).build();
        WebAuthnClient oneSlotClient = WebAuthnClient.of(oneSlot, Rp.ORIGIN);
        String required = "{\"residentKey\":\"required\"}";
        oneSlotClient.create(creation("alice", required, ""));
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> oneSlotClient.create(creation("bob", required, "")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
        assertEquals(CtapStatus.CTAP2_ERR_KEY_STORE_FULL, e.ctapStatus().orElseThrow());
        assertEquals(1, oneSlot.state().store().all().size());
    }

    @Test
    void unsupportedAlgorithmIsNotSupportedError() {
        String options = creation("alice", "{}", "").replace("\"alg\":-7}", "\"alg\":-65535}").replace(",{\"type\":\"public-key\",\"alg\":-257}", "");
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class, () -> client.create(options));
        assertEquals(DomExceptionName.NotSupportedError, e.name());
        assertEquals(CtapStatus.CTAP2_ERR_UNSUPPORTED_ALGORITHM, e.ctapStatus().orElseThrow());
    }

    @Test
    void unrelatedRpIdIsSecurityErrorBeforeTheAuthenticator() {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> client.create(creation("alice", "{}", "").replace("\"id\":\"example.com\"", "\"id\":\"evil.com\"")));
        assertEquals(DomExceptionName.SecurityError, e.name());
        assertTrue(authenticator.state().store().all().isEmpty());
    }

    /** 80 credentials with 64-byte IDs: more than maxCredentialCountInList (16) and than maxMsgSize in one request. */
    private static String manyDescriptors(String held, int at) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            byte[] id = new byte[64];
            java.util.Arrays.fill(id, (byte) i);
            ids.add(OptionsFixtures.descriptor(Bytes.of(id).base64Url()));
        }
        if (held != null) {
            ids.set(at, OptionsFixtures.descriptor(held));
        }
        return String.join(",", ids);
    }

    @Test
    void aLongExcludeListIsProbedInBatchesAndTheHeldCredentialStillExcludes() throws Exception {
        RegistrationResponse registration = client.create(creation("alice", "{}", ""));

        RegistrationResponse other = client.create(creation("bob", "{}", manyDescriptors(null, 0)));
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> client.create(creation("alice", "{}", manyDescriptors(registration.id().base64Url(), 57))));

        assertNotEquals(registration.id(), other.id());
        assertEquals(DomExceptionName.InvalidStateError, e.name());
    }

    @Test
    void aLongAllowListSignsInWithTheHeldCredentialAndRefusesWhenNoneIsHeld() throws Exception {
        RegistrationResponse registration = client.create(creation("alice", "{}", ""));

        AuthenticationResponse assertion = client.get(OptionsFixtures.request(
                manyDescriptors(registration.id().base64Url(), 70), "preferred"));
        WebAuthnClientException none = assertThrows(WebAuthnClientException.class,
                () -> client.get(OptionsFixtures.request(manyDescriptors(null, 0), "preferred")));

        assertEquals(registration.id(), assertion.id());
        assertEquals(DomExceptionName.NotAllowedError, none.name());
    }

    @Test
    void unknownCredentialIsNotAllowedError() {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> client.get(OptionsFixtures.request(OptionsFixtures.descriptor("AQID"), "preferred")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
        assertEquals(CtapStatus.CTAP2_ERR_NO_CREDENTIALS, e.ctapStatus().orElseThrow());
    }

    @Test
    void accountIndexPicksAmongDiscoverableCredentials() throws Exception {
        RegistrationResponse alice = client.create(creation("alice", "{\"residentKey\":\"required\"}", ""));
        RegistrationResponse bob = client.create(creation("bob", "{\"residentKey\":\"required\"}", ""));
        RegistrationResponse carol = client.create(creation("carol", "{\"residentKey\":\"required\"}", ""));
        // the authenticator lists the most recent credential first (CTAP 2.1 §6.2.2 step 9)
        AuthenticationResponse first = client.get(OptionsFixtures.request("", "preferred"));
        assertEquals(carol.id(), first.id());
        AuthenticationResponse second = WebAuthnClient.builder(authenticator, Rp.ORIGIN).accountIndex(1).build()
                .get(OptionsFixtures.request("", "preferred"));
        assertEquals(bob.id(), second.id());
        assertEquals(Bytes.of("bob".getBytes(StandardCharsets.UTF_8)), second.userHandle());
        Rp.verifyAuthentication(second.toJson(), OptionsFixtures.CHALLENGE,
                Rp.record(Rp.verifyRegistration(bob.toJson(), OptionsFixtures.CHALLENGE, false)));
        assertNotEquals(alice.id(), second.id());
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> WebAuthnClient.builder(authenticator, Rp.ORIGIN).accountIndex(3).build()
                        .get(OptionsFixtures.request("", "preferred")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
    }

    private static String creation(String user, String selection, String exclude) {
        String userId = Bytes.of(user.getBytes(StandardCharsets.UTF_8)).base64Url();
        return OptionsFixtures.creation(selection, exclude).replace(OptionsFixtures.USER_ID, userId);
    }
}
