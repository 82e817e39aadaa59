package dev.passkeyharness.conformance.foreign.yubico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server's edge: what it answers to requests the runner's ceremonies never send, and its options' envelope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YubicoServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private YubicoServer server;

    @BeforeAll
    void start() {
        server = YubicoServer.start(Optional.empty());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void creationOptionsAreTheLibrarysAtTopLevelBesideStatusAndTheEchoedExtensions() throws Exception {
        Reply reply = post(client(), "/attestation/options", """
                {"username":"alice","displayName":"Alice","attestation":"direct",
                 "authenticatorSelection":{"residentKey":"required","userVerification":"discouraged"},
                 "extensions":{"example.extension.bool":true}}""");
        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals("ok", reply.body().path("status").asString());
        assertEquals("", reply.body().path("errorMessage").asString());
        assertEquals("localhost", reply.body().path("rp").path("id").asString());
        assertEquals("alice", reply.body().path("user").path("name").asString());
        assertEquals("direct", reply.body().path("attestation").asString());
        assertEquals("required", reply.body().path("authenticatorSelection").path("residentKey").asString());
        assertEquals("discouraged", reply.body().path("authenticatorSelection").path("userVerification").asString());
        assertTrue(reply.body().path("extensions").path("example.extension.bool").asBoolean());
        assertFalse(reply.body().has("publicKey"));
    }

    @Test
    void bodiesThatAreNotTheRequestAre400WithAMessage() throws Exception {
        HttpClient client = client();
        for (String body : new String[] {"", "{", "[]", "{\"displayName\":\"A\"}", "{\"username\":\"\",\"displayName\":\"A\"}",
                "{\"username\":1,\"displayName\":\"A\"}", "{\"username\":\"a\",\"displayName\":\"A\",\"attestation\":\"all\"}",
                "{\"username\":\"a\",\"displayName\":\"A\",\"authenticatorSelection\":[]}"}) {
            Reply reply = post(client, "/attestation/options", body);
            assertEquals(400, reply.status(), body);
            assertEquals("failed", reply.body().path("status").asString(), body);
            assertFalse(reply.body().path("errorMessage").asString().isEmpty(), body);
        }
    }

    @Test
    void aResultWithoutPendingOptionsIsRefused() throws Exception {
        for (String path : new String[] {"/attestation/result", "/assertion/result"}) {
            Reply reply = post(client(), path, "{\"id\":\"AA\",\"type\":\"public-key\",\"response\":{}}");
            assertEquals(400, reply.status(), path);
            assertTrue(reply.body().path("errorMessage").asString().contains("pending"), reply.body().toString());
        }
    }

    @Test
    void aResultThatIsNotACredentialIsRefusedAfterOptions() throws Exception {
        HttpClient client = client();
        post(client, "/attestation/options", "{\"username\":\"bob\",\"displayName\":\"Bob\"}");
        Reply reply = post(client, "/attestation/result", "{\"id\":\"AA\"}");
        assertEquals(400, reply.status());
        assertEquals("failed", reply.body().path("status").asString());
    }

    @Test
    void signInOptionsForAUserWithoutCredentialsAreRefusedAndWithoutUsernameAreDiscoverable() throws Exception {
        HttpClient client = client();
        Reply unknown = post(client, "/assertion/options", "{\"username\":\"nobody\"}");
        assertEquals(400, unknown.status());
        Reply discoverable = post(client, "/assertion/options", "{\"username\":\"\",\"userVerification\":\"required\"}");
        assertEquals(200, discoverable.status(), discoverable.body().toString());
        assertEquals("required", discoverable.body().path("userVerification").asString());
        assertFalse(discoverable.body().path("challenge").asString().isEmpty());
    }

    @Test
    void anUnknownPathIsAJson404() throws Exception {
        Reply reply = post(client(), "/nowhere", "{}");
        assertEquals(404, reply.status());
        assertEquals("failed", reply.body().path("status").asString());
    }

    private record Reply(int status, JsonNode body) {
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private Reply post(HttpClient client, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }
}
