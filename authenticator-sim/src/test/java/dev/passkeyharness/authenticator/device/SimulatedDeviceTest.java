package dev.passkeyharness.authenticator.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.client.RegistrationResponse;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SimulatedDeviceTest {

    private static final String ORIGIN = "https://example.com";
    private static final String CHALLENGE = "7aXOvL2p8UvaMDgRhIJCvx-bHUUpFb1Ozrqn1YC3vVY";
    private static final String CREATION = """
            {"rp":{"id":"example.com","name":"Example"},
             "user":{"id":"dXNlci0x","name":"alice@example.com","displayName":"Alice"},
             "challenge":"%s",
             "pubKeyCredParams":[{"type":"public-key","alg":-7}],
             "authenticatorSelection":{"residentKey":"required"}}
            """.formatted(CHALLENGE);
    private static final String REQUEST = """
            {"challenge":"%s","rpId":"example.com","allowCredentials":[]}
            """.formatted(CHALLENGE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameSeedBuildsTheSameDevice() throws Exception {
        DeviceSpec spec = DeviceSpec.of(Profiles.SECURITY_KEY).withSeed(5);

        RegistrationResponse a = SimulatedDevice.of(spec).client(ORIGIN).create(CREATION);
        RegistrationResponse b = SimulatedDevice.of(spec).client(ORIGIN).create(CREATION);

        assertEquals(a.toJson(), b.toJson());
    }

    @Test
    void theSpecsTamperingsActAtTheClientAsWellAsTheAuthenticator() throws Exception {
        TamperSet tamperings = DeviceNames.tamperings(List.of("clientData.challenge.wrong", "authData.flags.up.cleared"));
        SimulatedDevice device = SimulatedDevice.of(DeviceSpec.of(Profiles.SECURITY_KEY).withTamperings(tamperings));

        String json = device.client(ORIGIN).create(CREATION).toJson();

        String clientData = new String(Bytes.fromBase64Url(JSON.readTree(json).at("/response/clientDataJSON")
                .asString()).toByteArray(), StandardCharsets.UTF_8);
        assertNotEquals(CHALLENGE, JSON.readTree(clientData).path("challenge").asString());
        byte[] authData = Bytes.fromBase64Url(JSON.readTree(json).at("/response/authenticatorData").asString())
                .toByteArray();
        assertEquals(0, authData[32] & 0x01, "UP cleared in the authenticator data");
    }

    @Test
    void aCopyWithOtherTamperingsIsTheSameDevice() throws Exception {
        SimulatedDevice device = SimulatedDevice.of(DeviceSpec.of(Profiles.PLATFORM_SYNCED)
                .withUser(SimulatedUser.NO_UV).withSeed(3));
        String registered = JSON.readTree(device.client(ORIGIN).create(CREATION).toJson()).path("id").asString();

        SimulatedDevice step = device.withTamperings(DeviceNames.tamperings(List.of("signature.empty")), 4);

        assertSame(device.attestationCa(), step.attestationCa());
        assertEquals(device.profile(), step.profile());
        assertEquals(SimulatedUser.NO_UV, step.spec().user());
        String signedIn = JSON.readTree(step.client(ORIGIN).get(REQUEST).toJson()).path("id").asString();
        assertEquals(registered, signedIn, "the copy holds the credential");
        assertEquals(device.state().wrappingKey(), step.state().wrappingKey());
    }

    @Test
    void theSpecsUserAnswersThePrompt() {
        SimulatedDevice device = SimulatedDevice.of(DeviceSpec.of(Profiles.SECURITY_KEY).withUser(SimulatedUser.DECLINE));

        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> device.client(ORIGIN).create(CREATION));

        assertEquals(DomExceptionName.NotAllowedError, e.name());
    }

    @Test
    void aSavedDeviceContinuesWhereItStopped() throws Exception {
        SimulatedDevice device = SimulatedDevice.of(DeviceSpec.of(Profiles.SECURITY_KEY).withSeed(9));
        String registered = JSON.readTree(device.client(ORIGIN).create(CREATION).toJson()).path("id").asString();

        SimulatedDevice again = SimulatedDevice.of(DeviceSpec.of(Profiles.SECURITY_KEY)
                .continuingFrom(device.saved().state()).withAttestationCa(device.saved().attestationCa()));

        assertEquals(registered, JSON.readTree(again.client(ORIGIN).get(REQUEST).toJson()).path("id").asString());
        assertSame(device.attestationCa(), again.attestationCa());
    }
}
