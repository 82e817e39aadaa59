package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.account.Argon2Settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Password sign-up and log-in over HTTP: duplicates, wrong passwords and the failure limit. */
class PasswordJourneyTest {

    private final Site site = Site.start();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void passwordsAreHashedWithTheConfiguredArgon2Cost() {
        assertTrue(site.passwordHashOf("ida@example.com").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        try (Site cheap = Site.start(RpSettings.defaults().withPasswordHashing(new Argon2Settings(64, 1, 1)))) {
            assertTrue(cheap.passwordHashOf("ida@example.com").startsWith("$argon2id$v=19$m=64,t=1,p=1$"));
            Browser.Answer login = cheap.browser().post("/api/login",
                    "{\"email\":\"ida@example.com\",\"password\":\"" + Site.PASSWORD + "\"}");
            assertEquals(200, login.status(), login::toString);
        }
    }

    @Test
    void aSecondSignUpWithTheSameEmailIsAConflict() {
        site.signUp("fay@example.com");
        Browser.Answer again = site.browser().post("/api/signup",
                "{\"email\":\"FAY@example.com\",\"password\":\"another good password\"}");
        assertEquals(409, again.status(), again::toString);
        assertEquals("failed", again.json().path("status").asString());
        assertEquals(1, site.accountCount());
    }

    @Test
    void aWrongPasswordIsUnauthorizedAndLeavesTheBrowserSignedOut() {
        site.signUp("gus@example.com").post("/api/logout", "{}");
        Browser browser = site.browser();
        Browser.Answer wrong = browser.post("/api/login", "{\"email\":\"gus@example.com\",\"password\":\"not it at all\"}");
        assertEquals(401, wrong.status(), wrong::toString);
        assertEquals(401, browser.get("/api/me").status());
    }

    @Test
    void theSixthFailedLogInIsRateLimitedEvenWithTheRightPassword() {
        site.signUp("hal@example.com");
        Browser browser = site.browser();
        for (int i = 1; i <= 5; i++) {
            Browser.Answer wrong = browser.post("/api/login",
                    "{\"email\":\"hal@example.com\",\"password\":\"wrong password " + i + "\"}");
            assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong);
        }
        Browser.Answer sixth = browser.post("/api/login", "{\"email\":\"hal@example.com\",\"password\":\"wrong again\"}");
        assertEquals(429, sixth.status(), sixth::toString);
        Browser.Answer right = browser.post("/api/login",
                "{\"email\":\"hal@example.com\",\"password\":\"" + Site.PASSWORD + "\"}");
        assertEquals(429, right.status(), right::toString);
        assertEquals(401, browser.get("/api/me").status());
    }

    @Test
    void logOutRefusesABodyThatIsNotJsonAndKeepsTheSession() {
        Browser browser = site.signUp("ida@example.com");
        Browser.Answer form = browser.send("POST", "/api/logout",
                "a=b".getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                browser.origin());
        assertEquals(415, form.status(), form::toString);
        assertEquals(200, browser.get("/api/me").status());
        assertEquals(200, browser.send("POST", "/api/logout", null, null, browser.origin()).status());
        assertEquals(401, browser.get("/api/me").status());
    }
}
