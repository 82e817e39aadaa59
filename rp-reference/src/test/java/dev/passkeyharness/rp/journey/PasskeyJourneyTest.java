package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The onboarding API end to end over HTTP: sign up, add a passkey, sign in with it, manage passkeys. */
class PasskeyJourneyTest {

    private final Site site = Site.start();

    @AfterEach
    void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"security-key", "platform-synced"})
    void signUpAddAPasskeyAndSignInWithoutAUsername(String profile) throws Exception {
        Device device = Device.of(Profiles.byName(profile).orElseThrow(), 7);
        Browser browser = site.signUp("ada@example.com");
        JsonNode me = browser.get("/api/me").json();
        assertTrue(me.path("promptForPasskey").asBoolean(), me::toString);
        assertEquals(0, me.path("passkeyCount").asInt());

        Browser.Answer created = site.register(browser, device);
        assertEquals(201, created.status(), created::toString);
        assertEquals("ok", created.json().path("status").asString());
        String credentialId = created.json().path("passkey").path("id").asString();
        assertFalse(credentialId.isEmpty(), created::toString);
        assertEquals("platform-synced".equals(profile), created.json().path("passkey").path("backupEligible").asBoolean());
        me = browser.get("/api/me").json();
        assertFalse(me.path("promptForPasskey").asBoolean(), me::toString);
        assertEquals(1, me.path("passkeyCount").asInt());

        assertEquals(200, browser.post("/api/logout", "{}").status());
        assertEquals(401, browser.get("/api/me").status());

        Browser.Answer signedIn = site.signIn(browser, device);
        assertEquals(200, signedIn.status(), signedIn::toString);
        assertEquals("ada@example.com", signedIn.json().path("email").asString());
        me = browser.get("/api/me").json();
        assertEquals("ada@example.com", me.path("email").asString(), me::toString);
        assertFalse(me.path("promptForPasskey").asBoolean());
        assertNotNull(site.passkey(credentialId).lastUsedAt());
    }

    @Test
    void usernameFirstSignInListsThePasskeyInAllowCredentials() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 8);
        Browser browser = site.signUp("bea@example.com");
        String credentialId = site.registered(browser, device);
        browser.post("/api/logout", "{}");

        Browser.Answer options = browser.post("/api/passkeys/authentication/options", "{\"email\":\"bea@example.com\"}");
        assertEquals(200, options.status(), options::toString);
        List<String> allowed = new ArrayList<>();
        options.json().path("allowCredentials").forEach(d -> allowed.add(d.path("id").asString()));
        assertEquals(List.of(credentialId), allowed);

        Browser.Answer signedIn = browser.post("/api/passkeys/authentication/verify",
                device.get(browser.origin(), options.body()));
        assertEquals(200, signedIn.status(), signedIn::toString);
        assertEquals("bea@example.com", browser.get("/api/me").json().path("email").asString());
        assertTrue(site.passkey(credentialId).signCount() > 0, "a security key's counter grows");
    }

    @Test
    void notNowHidesThePromptUntilTheNextPasswordSignIn() {
        Browser browser = site.signUp("cy@example.com");
        assertTrue(browser.get("/api/me").json().path("promptForPasskey").asBoolean());

        assertEquals(200, browser.post("/api/passkeys/prompt/dismiss", "{}").status());
        assertFalse(browser.get("/api/me").json().path("promptForPasskey").asBoolean());

        browser.post("/api/logout", "{}");
        Browser.Answer login = browser.post("/api/login",
                "{\"email\":\"cy@example.com\",\"password\":\"" + Site.PASSWORD + "\"}");
        assertEquals(200, login.status(), login::toString);
        assertTrue(login.json().path("promptForPasskey").asBoolean());
        assertTrue(browser.get("/api/me").json().path("promptForPasskey").asBoolean());
    }

    @Test
    void aSecondDeviceAddsAPasskeyAndTheFirstIsExcludedFromRegisteringTwice() throws Exception {
        Device phone = Device.of(Profiles.PLATFORM_SYNCED, 9);
        Device key = Device.of(Profiles.SECURITY_KEY, 10);
        Browser browser = site.signUp("dee@example.com");
        site.registered(browser, phone);
        site.registered(browser, key);

        JsonNode list = browser.get("/api/passkeys").json();
        assertEquals(2, list.path("passkeys").size(), list::toString);

        WebAuthnClientException again = assertThrows(WebAuthnClientException.class,
                () -> site.registrationResponse(browser, phone));
        assertEquals(DomExceptionName.InvalidStateError, again.name());
        assertEquals(2, site.passkeyCount());
    }

    @Test
    void renameShowsTheNewNameAndDeleteRefusesTheDeletedPasskeyOnly() throws Exception {
        Device phone = Device.of(Profiles.PLATFORM_SYNCED, 11);
        Device key = Device.of(Profiles.SECURITY_KEY, 12);
        Browser browser = site.signUp("eve@example.com");
        String phoneId = site.registered(browser, phone);
        String keyId = site.registered(browser, key);

        Browser.Answer renamed = browser.patch("/api/passkeys/" + keyId, "{\"name\":\"Blue key\"}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("Blue key", renamed.json().path("passkey").path("name").asString());
        assertEquals(List.of("Blue key"), names(browser, keyId));

        assertEquals(200, browser.delete("/api/passkeys/" + phoneId).status());
        assertEquals(List.of(), names(browser, phoneId));
        assertEquals(1, browser.get("/api/passkeys").json().path("passkeys").size());
        browser.post("/api/logout", "{}");

        Browser.Answer refused = site.signIn(browser, phone);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("unknown-credential", refused.rule());
        assertEquals(401, browser.get("/api/me").status());

        Browser.Answer signedIn = site.signIn(browser, key);
        assertEquals(200, signedIn.status(), signedIn::toString);
        assertEquals("eve@example.com", browser.get("/api/me").json().path("email").asString());
    }

    private static List<String> names(Browser browser, String credentialId) {
        List<String> names = new ArrayList<>();
        browser.get("/api/passkeys").json().path("passkeys").forEach(p -> {
            if (p.path("id").asString().equals(credentialId)) {
                names.add(p.path("name").asString());
            }
        });
        return names;
    }
}
