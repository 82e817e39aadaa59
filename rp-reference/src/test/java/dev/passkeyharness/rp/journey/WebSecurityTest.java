package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.RpSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pages' and APIs' defences a browser relies on: headers, Origin, JSON only, fresh sessions, no enumeration. */
class WebSecurityTest {

    private static final String EMAIL = "web@example.com";

    private final Site site = Site.start(RpSettings.defaults().withConformanceApi(true));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/signup", "/login", "/account", "/webauthn.js", "/app.css", "/api/me",
                "/no-such-page")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(site.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void thePagesHoldNoInlineScriptForTheirPolicyToAllow() throws Exception {
        for (String path : List.of("/", "/signup", "/login", "/account")) {
            String html = http.send(HttpRequest.newBuilder(URI.create(site.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), path + " has an inline script");
            assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), path + " has an inline event handler");
        }
    }

    @Test
    void everyStateChangingEndpointRefusesAMissingOrForeignOriginAndFormBodies() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 61);
        Browser owner = site.signUp(EMAIL);
        String credentialId = site.registered(owner, device);
        int accounts = site.accountCount();
        int passkeys = site.passkeyCount();
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/api/signup"}, new String[] {"POST", "/api/login"},
                new String[] {"POST", "/api/logout"}, new String[] {"POST", "/api/passkeys/prompt/dismiss"},
                new String[] {"POST", "/api/passkeys/registration/options"},
                new String[] {"POST", "/api/passkeys/registration/verify"},
                new String[] {"POST", "/api/passkeys/authentication/options"},
                new String[] {"POST", "/api/passkeys/authentication/verify"},
                new String[] {"PATCH", "/api/passkeys/" + credentialId}, new String[] {"DELETE", "/api/passkeys/" + credentialId},
                new String[] {"POST", "/attestation/options"}, new String[] {"POST", "/attestation/result"},
                new String[] {"POST", "/assertion/options"}, new String[] {"POST", "/assertion/result"});
        String signUp = "{\"email\":\"new@example.com\",\"password\":\"" + Site.PASSWORD + "\",\"name\":\"x\"}";
        byte[] json = signUp.getBytes(StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();

        for (String[] e : endpoints) {
            expect(wrong, 403, e, owner.send(e[0], e[1], json, "application/json", null), "no Origin");
            expect(wrong, 403, e, owner.send(e[0], e[1], json, "application/json", "https://evil.example"),
                    "foreign Origin");
            expect(wrong, 403, e, owner.send(e[0], e[1], json, "application/json", "null"), "Origin null");
            if (!e[0].equals("DELETE")) {
                byte[] form = "email=new%40example.com&password=x".getBytes(StandardCharsets.UTF_8);
                expect(wrong, 415, e, owner.send(e[0], e[1], form, "application/x-www-form-urlencoded",
                        owner.origin()), "form body");
                expect(wrong, 415, e, owner.send(e[0], e[1], new byte[0], "application/x-www-form-urlencoded",
                        owner.origin()), "empty form");
                expect(wrong, 415, e, owner.send(e[0], e[1], json, "text/plain", owner.origin()), "text/plain");
            }
        }

        assertEquals(List.of(), wrong);
        assertEquals(accounts, site.accountCount());
        assertEquals(passkeys, site.passkeyCount());
        assertEquals(EMAIL, owner.get("/api/me").json().path("email").asString(), "still signed in");
    }

    @Test
    void everySignInStartsAFreshSession() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 62);
        Browser browser = site.signUp(EMAIL);
        site.registered(browser, device);
        browser.post("/api/logout", "{}");

        browser.post("/api/passkeys/authentication/options", "{}");
        String anonymous = browser.sessionId();
        Browser.Answer login = browser.post("/api/login",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + Site.PASSWORD + "\"}");
        assertEquals(200, login.status(), login::toString);
        String afterPassword = browser.sessionId();
        assertNotEquals(anonymous, afterPassword);

        browser.post("/api/logout", "{}");
        browser.post("/api/passkeys/authentication/options", "{}");
        String beforePasskey = browser.sessionId();
        assertEquals(200, site.signIn(browser, device).status());
        assertNotEquals(beforePasskey, browser.sessionId());
        assertNotEquals(afterPassword, browser.sessionId());
        assertEquals(EMAIL, browser.get("/api/me").json().path("email").asString());
    }

    @Test
    void signInOptionsAndLoginAnswersDoNotTellWhichEmailsHavePasskeys() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 63);
        Browser withPasskey = site.signUp("has-passkey@example.com");
        site.registered(withPasskey, device);
        site.signUp("no-passkey@example.com");
        Browser stranger = site.browser();

        JsonNode real = options(stranger, "has-passkey@example.com");
        JsonNode without = options(stranger, "no-passkey@example.com");
        JsonNode unknown = options(stranger, "nobody@example.com");
        for (JsonNode answer : List.of(real, without, unknown)) {
            assertEquals(1, answer.path("allowCredentials").size(), answer::toString);
            assertEquals(real.properties().stream().map(java.util.Map.Entry::getKey).toList(),
                    answer.properties().stream().map(java.util.Map.Entry::getKey).toList());
        }
        // asked again, an imaginary list stays the same, as a real one would
        assertEquals(unknown.path("allowCredentials"), options(stranger, "nobody@example.com").path("allowCredentials"));
        assertNotEquals(unknown.path("allowCredentials"), without.path("allowCredentials"));

        Browser.Answer wrongPassword = stranger.post("/api/login",
                "{\"email\":\"no-passkey@example.com\",\"password\":\"not the password\"}");
        Browser.Answer noAccount = stranger.post("/api/login",
                "{\"email\":\"nobody@example.com\",\"password\":\"not the password\"}");
        assertEquals(wrongPassword.status(), noAccount.status());
        assertEquals(wrongPassword.json().path("errorMessage"), noAccount.json().path("errorMessage"));
    }

    private static JsonNode options(Browser browser, String email) {
        Browser.Answer answer = browser.post("/api/passkeys/authentication/options", "{\"email\":\"" + email + "\"}");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static void expect(List<String> wrong, int status, String[] endpoint, Browser.Answer answer, String what) {
        if (answer.status() != status || !answer.failedAsJson()) {
            wrong.add(endpoint[0] + " " + endpoint[1] + " with " + what + ": " + answer);
        }
    }
}
