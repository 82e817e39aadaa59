package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.RpSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passkeys live in the database file: a restarted RP on the same file and origin still accepts them. */
class RestartJourneyTest {

    @TempDir
    Path dir;

    @Test
    void aPasskeyStillSignsInAfterARestartOnTheSameFileDatabase() throws Exception {
        // the origin, and with it every client's view of the RP, includes the port: keep it across the restart
        RpSettings settings = RpSettings.defaults().withPort(freePort()).withDatabase("jdbc:h2:file:" + dir.resolve("rp"));
        Device key = Device.of(Profiles.SECURITY_KEY, 31);
        String credentialId;
        long signCount;
        try (Site before = Site.start(settings)) {
            Browser browser = before.signUp("kim@example.com");
            credentialId = before.registered(browser, key);
            assertEquals(200, before.signIn(browser, key).status());
            signCount = before.passkey(credentialId).signCount();
        }

        try (Site after = Site.start(settings)) {
            assertEquals(1, after.passkeyCount());
            Browser browser = after.browser();
            Browser.Answer signedIn = after.signIn(browser, key);
            assertEquals(200, signedIn.status(), signedIn::toString);
            assertEquals("kim@example.com", browser.get("/api/me").json().path("email").asString());
            assertTrue(after.passkey(credentialId).signCount() > signCount);
            Browser.Answer login = after.browser().post("/api/login",
                    "{\"email\":\"kim@example.com\",\"password\":\"" + Site.PASSWORD + "\"}");
            assertEquals(200, login.status(), login::toString);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
