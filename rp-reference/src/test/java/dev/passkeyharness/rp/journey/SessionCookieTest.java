package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session cookie: HttpOnly, SameSite=Lax, not Secure on plain http, and a new session ID at every sign-in. */
class SessionCookieTest {

    private final Site site = Site.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void signUpIssuesAFreshHttpOnlyLaxCookie() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(site.url() + "/api/me")).GET(), null);
        String before = sessionId(anonymous);

        HttpResponse<String> signedUp = send(HttpRequest.newBuilder(URI.create(site.url() + "/api/signup"))
                .header("Content-Type", "application/json")
                .header("Origin", site.url())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"kai@example.com\",\"password\":\"" + Site.PASSWORD + "\"}")), before);
        assertEquals(201, signedUp.statusCode(), signedUp.body());
        String cookie = cookie(signedUp);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("Path=/"), cookie);
        assertFalse(cookie.contains("Secure"), "no Secure flag on plain http: " + cookie);
        assertNotEquals(before, sessionId(signedUp), "signing in must not keep the anonymous session ID");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String sessionId) throws Exception {
        if (sessionId != null) {
            request.header("Cookie", "phsid=" + sessionId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), cookies::toString);
        return cookies.get(0);
    }

    private static String sessionId(HttpResponse<String> response) {
        String cookie = cookie(response);
        assertTrue(cookie.startsWith("phsid="), cookie);
        return cookie.substring("phsid=".length(), cookie.indexOf(';'));
    }
}
