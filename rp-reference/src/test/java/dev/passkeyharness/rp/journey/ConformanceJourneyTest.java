package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.profile.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A legacy U2F key through the FIDO2 conformance API, which can ask for a non-discoverable credential; the onboarding
 * API requires a discoverable one, which such a key cannot make.
 */
class ConformanceJourneyTest {

    private final Site site = Site.start(RpSettings.defaults().withConformanceApi(true));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void u2fLegacyKeyRegistersWithFidoU2fAttestationAndSignsInUsernameFirst() throws Exception {
        Device key = Device.of(Profiles.U2F_LEGACY, 21);
        Browser browser = site.browser();

        Browser.Answer creation = browser.post("/attestation/options", """
                {"username":"ivy","displayName":"Ivy","attestation":"direct",
                 "authenticatorSelection":{"residentKey":"discouraged","userVerification":"discouraged"}}""");
        assertEquals(200, creation.status(), creation::toString);
        assertEquals("ok", creation.json().path("status").asString());
        Browser.Answer attestation = browser.post("/attestation/result", key.create(browser.origin(), creation.body()));
        assertEquals(200, attestation.status(), attestation::toString);
        assertEquals("ok", attestation.json().path("status").asString());
        assertEquals(1, site.passkeyCount());

        Browser.Answer request = browser.post("/assertion/options", "{\"username\":\"ivy\"}");
        assertEquals(200, request.status(), request::toString);
        assertEquals(1, request.json().path("allowCredentials").size(), request::toString);
        Browser.Answer assertion = browser.post("/assertion/result", key.get(browser.origin(), request.body()));
        assertEquals(200, assertion.status(), assertion::toString);
        assertEquals("ok", assertion.json().path("status").asString());
    }

    @Test
    void u2fLegacyKeyCannotMakeThePasskeyTheOnboardingApiAsksFor() {
        Device key = Device.of(Profiles.U2F_LEGACY, 22);
        Browser browser = site.signUp("jay@example.com");
        WebAuthnClientException refused = assertThrows(WebAuthnClientException.class,
                () -> site.registrationResponse(browser, key));
        assertEquals(DomExceptionName.NotAllowedError, refused.name());
        assertEquals(0, site.passkeyCount());
    }
}
