package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a profile puts on the wire and how it reads the answers, against a loopback server that records requests. */
class ProfileSessionTest {

    /** One request as the server saw it. */
    record Seen(String method, String path, String contentType, String csrfHeader, String cookie, String body) {
    }

    /** A canned answer. */
    record Canned(int status, String body, Map<String, String> headers) {
        static Canned json(String body) {
            return new Canned(200, body, Map.of("Content-Type", "application/json"));
        }
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Canned> answers = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("X-CSRF-TOKEN"),
                    exchange.getRequestHeaders().getFirst("Cookie"), body));
            Canned canned = answers.getOrDefault(exchange.getRequestURI().getPath(), Canned.json("{\"status\":\"ok\"}"));
            canned.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ProfileSession session(String yaml) {
        return HttpTarget.of("http://127.0.0.1:" + server.getAddress().getPort(),
                EndpointProfiles.parse("test.yaml", yaml)).newSession();
    }

    private ProfileSession session(Api api) {
        return HttpTarget.of("http://127.0.0.1:" + server.getAddress().getPort(), api).newSession();
    }

    @Test
    void theConformanceProfileSendsTheServerRequestsMembersAndLeavesOutUnsetOnes() {
        ProfileSession session = session(Api.CONFORMANCE);

        session.registrationOptions(new OptionsRequest("a@x.test", "A", "required", "preferred", "direct"));
        session.registrationOptions(new OptionsRequest("b@x.test", "B", null, null, null));
        session.authenticationOptions(null, null);
        session.authenticationOptions("a@x.test", "required");

        assertEquals("{\"username\":\"a@x.test\",\"displayName\":\"A\",\"authenticatorSelection\":{\"residentKey\":"
                + "\"required\",\"requireResidentKey\":true,\"userVerification\":\"preferred\"},\"attestation\":"
                + "\"direct\"}", seen.get(0).body());
        assertEquals("{\"username\":\"b@x.test\",\"displayName\":\"B\",\"authenticatorSelection\":{}}",
                seen.get(1).body());
        assertEquals("{\"username\":\"\"}", seen.get(2).body());
        assertEquals("{\"username\":\"a@x.test\",\"userVerification\":\"required\"}", seen.get(3).body());
        assertEquals("application/json", seen.get(0).contentType());
    }

    @Test
    void theCredentialGoesVerbatimWhenItIsTheWholeBody() {
        ProfileSession session = session(Api.CONFORMANCE);
        String odd = "{ \"id\" : \"AAAA\",\"id\":\"BBBB\", \"n\": 1.50 }";

        session.registrationResult(odd);

        assertEquals(odd, seen.get(0).body());
    }

    @Test
    void aValueOfAnEarlierAnswerGoesIntoALaterRequestAndOptionsAreFoundWhereTheProfileSays() {
        answers.put("/register", Canned.json("{\"requestId\":\"r-42\",\"request\":{\"publicKeyCredentialCreationOptions\""
                + ":{\"challenge\":\"Y2g\"}}}"));
        ProfileSession session = session("""
                name: nested
                steps:
                  registrationOptions:
                    request: POST /register
                    encoding: form
                    body: {username: "${username}", displayName: "${displayName}"}
                    options: /request/publicKeyCredentialCreationOptions
                  registrationResult:
                    request: POST /register/finish
                    body: {requestId: "${registrationOptions/requestId}", credential: "${credential}"}
                    success: {match: {/success: true}}
                  authenticationOptions: GET /authenticate?user=${username}
                  authenticationResult: POST /authenticate/finish
                """);

        Answer options = session.registrationOptions(new OptionsRequest("a b@x.test", "A&B", null, null, null));
        answers.put("/register/finish", Canned.json("{\"success\":true}"));
        Answer finish = session.registrationResult("{\"id\":\"AAAA\"}");
        session.authenticationOptions("a b@x.test", null);

        assertEquals("username=a+b%40x.test&displayName=A%26B", seen.get(0).body());
        assertEquals("application/x-www-form-urlencoded", seen.get(0).contentType());
        assertEquals("{\"challenge\":\"Y2g\"}", options.optionsJson());
        assertTrue(options.jsonSuccess());
        assertEquals("{\"requestId\":\"r-42\",\"credential\":{\"id\":\"AAAA\"}}", seen.get(1).body());
        assertTrue(finish.accepted());
        assertEquals("/authenticate?user=a%20b%40x.test", seen.get(2).path());
        assertEquals("GET", seen.get(2).method());
        assertEquals("", seen.get(2).body());
    }

    @Test
    void successIsWhatTheProfileSaysAndARefusalGivesTheReasonWhereTheProfileSays() {
        ProfileSession session = session("""
                name: verified
                success: {status: 200, match: {/verified: true}}
                reason: /error
                steps:
                  registrationOptions: GET /o
                  registrationResult: POST /r
                  authenticationOptions: {request: GET /a, options: /publicKey}
                  authenticationResult: POST /v
                """);
        answers.put("/r", Canned.json("{\"verified\":true}"));
        assertTrue(session.registrationResult("{}").accepted());
        answers.put("/r", Canned.json("{\"verified\":false,\"error\":\"Unexpected challenge\"}"));
        Answer refused = session.registrationResult("{}");
        answers.put("/r", new Canned(201, "{\"verified\":true}", Map.of()));
        Answer otherStatus = session.registrationResult("{}");
        answers.put("/a", Canned.json("{\"challenge\":\"x\"}"));
        Answer noOptions = session.authenticationOptions("u", null);

        assertFalse(refused.accepted());
        assertEquals("Unexpected challenge", refused.errorMessage());
        assertFalse(otherStatus.accepted());
        assertFalse(noOptions.jsonSuccess(), "no options at /publicKey");
    }

    @Test
    void passwordsGoToTheServerButTheRecordedExchangeMasksThem() {
        ProfileSession session = session(Api.ONBOARDING);

        session.signUp("a@x.test", "A", "s3cret-Pass!");

        assertTrue(seen.get(0).body().contains("\"password\":\"s3cret-Pass!\""), seen.get(0).body());
        assertTrue(session.exchanges().get(0).requestBody().contains("\"password\":\"********\""));
        assertFalse(session.exchanges().get(0).requestBody().contains("s3cret"));
    }

    @Test
    void aCsrfTokenFromAPageIsSentBackAndReadAgainAfterLogIn() {
        answers.put("/login", new Canned(200, "<form><input type=\"hidden\" name=\"_csrf\" value=\"tok-1\"></form>",
                Map.of("Content-Type", "text/html")));
        ProfileSession session = session("""
                name: csrf-page
                prepare: [logIn]
                csrf:
                  page: GET /login
                  pattern: 'name="_csrf" value="([^"]+)"'
                  sendHeader: X-CSRF-TOKEN
                steps:
                  logIn:
                    request: POST /login
                    encoding: form
                    body: {username: "${username}", password: "${password}", _csrf: "${csrf}"}
                  registrationOptions: POST /options
                  registrationResult: POST /finish
                  authenticationOptions: POST /auth
                  authenticationResult: POST /auth/finish
                """);

        session.prepareUser("a@x.test", "A");
        answers.put("/login", new Canned(200, "<input name=\"_csrf\" value=\"tok-2\">", Map.of()));
        session.registrationOptions(new OptionsRequest("a@x.test", "A", null, null, null));
        session.registrationResult("{}");

        assertEquals(List.of("GET /login", "POST /login", "GET /login", "POST /options", "POST /finish"),
                seen.stream().map(s -> s.method() + " " + s.path()).toList());
        assertEquals("tok-1", seen.get(1).csrfHeader());
        assertTrue(seen.get(1).body().endsWith("&_csrf=tok-1"), seen.get(1).body());
        assertEquals("tok-2", seen.get(3).csrfHeader());
        assertEquals("tok-2", seen.get(4).csrfHeader());
        assertTrue(session.exchanges().get(1).requestBody().contains("password=********"));
    }

    @Test
    void aCsrfTokenFromACookieIsSentInTheHeader() {
        answers.put("/options", new Canned(200, "{}", Map.of("Set-Cookie", "XSRF-TOKEN=c00k; Path=/")));
        ProfileSession session = session("""
                name: csrf-cookie
                csrf: {cookie: XSRF-TOKEN, sendHeader: X-CSRF-TOKEN}
                steps:
                  registrationOptions: GET /options
                  registrationResult: POST /finish
                  authenticationOptions: GET /auth
                  authenticationResult: POST /auth/finish
                """);

        session.registrationOptions(new OptionsRequest("a@x.test", "A", null, null, null));
        session.registrationResult("{}");

        assertEquals(null, seen.get(0).csrfHeader());
        assertEquals("c00k", seen.get(1).csrfHeader());
    }

    @Test
    void theCredentialListGivesTheIdsWhereTheProfileSays() {
        answers.put("/creds", Canned.json("{\"credentials\":[{\"credentialId\":\"AA\"},{\"credentialId\":\"BB\"}]}"));
        ProfileSession session = session("""
                name: listing
                steps:
                  registrationOptions: GET /o
                  registrationResult: POST /r
                  authenticationOptions: GET /a
                  authenticationResult: POST /v
                  listCredentials: {request: GET /creds, ids: /credentials/*/credentialId}
                  deleteCredential: DELETE /creds/${credentialId}
                """);

        assertEquals(List.of("AA", "BB"), session.storedCredentials().orElseThrow().credentialIds());
        session.deletePasskey("a/b+c");
        assertEquals("/creds/a%2Fb%2Bc", seen.get(1).path());
    }

    @Test
    void aProfileWithoutPrepareStepsSendsNothingToMakeAUser() {
        Answer prepared = session(Api.CONFORMANCE).prepareUser("a@x.test", "A");

        assertTrue(prepared.accepted());
        assertEquals(List.of(), seen);
    }
}
