package dev.passkeyharness.conformance.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.store.StoredCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension as an RP developer uses it: annotated parameters get a ready simulated device and browser. */
@ExtendWith(PasskeyHarnessExtension.class)
class PasskeyHarnessExtensionTest {

    private static final String ORIGIN = "https://example.com";

    private static String creationOptions(String userId) {
        return """
                {"rp":{"id":"example.com","name":"Example"},
                 "user":{"id":"%s","name":"ann@example.com","displayName":"Ann"},
                 "challenge":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
                 "pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],
                 "authenticatorSelection":{"residentKey":"required"}}
                """.formatted(userId);
    }

    @Test
    void theClientAndTheAuthenticatorOfOneNameAreOneDevice(
            @VirtualPasskey(origin = ORIGIN) WebAuthnClient browser,
            @VirtualPasskey(origin = ORIGIN) Ctap2Authenticator device) throws Exception {
        browser.create(creationOptions("dXNlci0x"));
        assertEquals(1, device.state().store().all().size());
    }

    @Test
    void devicesOfDifferentNamesAreSeparate(
            @VirtualPasskey(name = "phone") Ctap2Authenticator phone,
            @VirtualPasskey(name = "laptop") Ctap2Authenticator laptop) {
        assertNotEquals(phone, laptop);
        assertNotEquals(phone.attestationCa().rootCertificate(), laptop.attestationCa().rootCertificate());
    }

    @Test
    void profileAlgorithmAndSeedAreHonoured(
            @VirtualPasskey(name = "a", origin = ORIGIN, profile = "platform-synced", alg = "RS256", seed = 7)
                    WebAuthnClient first,
            @VirtualPasskey(name = "a", origin = ORIGIN) Ctap2Authenticator sameDevice,
            @VirtualPasskey(name = "b", origin = ORIGIN, profile = "platform-synced", alg = "RS256", seed = 7)
                    WebAuthnClient twin) throws Exception {
        String a = first.create(creationOptions("dXNlci0y")).toJson();
        String b = twin.create(creationOptions("dXNlci0y")).toJson();
        assertEquals(a, b, "the same seed gives the same device");
        StoredCredential credential = sameDevice.state().store().all().get(0);
        assertEquals("RS256", credential.alg().jwaName());
        assertSame(sameDevice.profile().algorithms().get(0), credential.alg());
        assertEquals("platform-synced", sameDevice.profile().name());
    }

    @Test
    void namedTamperingsReachTheDevice(
            @VirtualPasskey(origin = ORIGIN, tamper = "authData.flags.up.cleared") WebAuthnClient tampered)
            throws Exception {
        byte[] authData = tampered.create(creationOptions("dXNlci00")).authenticatorData().toByteArray();
        assertEquals(0, authData[32] & 0x01, "UP cleared in the signed authenticator data");
    }

    @Test
    void aDecliningUserReachesTheDevice(
            @VirtualPasskey(origin = ORIGIN, user = "decline") WebAuthnClient declining) {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> declining.create(creationOptions("dXNlci0z")));
        assertEquals(DomExceptionName.NotAllowedError, e.name());
    }
}
