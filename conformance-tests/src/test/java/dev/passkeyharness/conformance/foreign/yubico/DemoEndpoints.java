package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.data.AttestationConveyancePreference;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import com.yubico.webauthn.data.ResidentKeyRequirement;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoint design of Yubico's demo server (webauthn-server-demo): form-encoded starts answering
 * {@code {success, request: {requestId, publicKeyCredential…Options}}}, JSON finishes naming the requestId, no
 * cookies. As in the demo, a username that has credentials registers another only with the session token its last
 * ceremony gave; refusals are 400 {@code {messages: [...]}}. The demo asks for direct attestation.
 */
final class DemoEndpoints {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Ceremonies ceremonies;
    private final InMemoryCredentialRepository credentials;
    private final SecureRandom random;
    /** username → its session token, as the demo's SessionManager keeps them. */
    private final Map<String, String> sessionTokens = new ConcurrentHashMap<>();

    DemoEndpoints(Ceremonies ceremonies, InMemoryCredentialRepository credentials, SecureRandom random) {
        this.ceremonies = ceremonies;
        this.credentials = credentials;
        this.random = random;
    }

    void install(JavalinConfig config) {
        config.routes.post("/api/v1/register", this::register);
        config.routes.post("/api/v1/register/finish", this::registerFinish);
        config.routes.post("/api/v1/authenticate", this::authenticate);
        config.routes.post("/api/v1/authenticate/finish", this::authenticateFinish);
        config.routes.exception(RefusedException.class,
                (e, ctx) -> YubicoServer.answer(ctx, 400, messages(e.getMessage())));
    }

    private void register(Context ctx) {
        String username = required(ctx, "username");
        String displayName = ctx.formParam("displayName") == null ? username : ctx.formParam("displayName");
        if (credentials.hasCredentials(username)) {
            String token = ctx.formParam("sessionToken");
            if (token == null || !token.equals(sessionTokens.get(username))) {
                throw new RefusedException("The username \"" + username + "\" is already registered.");
            }
        }
        boolean residentKey = "true".equals(ctx.formParam("requireResidentKey"));
        String requestId = randomId();
        CreationRequest request = new CreationRequest(username, displayName, AuthenticatorSelectionCriteria.builder()
                .residentKey(residentKey ? ResidentKeyRequirement.REQUIRED : ResidentKeyRequirement.DISCOURAGED)
                .build(), AttestationConveyancePreference.DIRECT, null);
        started(ctx, requestId, username, "publicKeyCredentialCreationOptions", YubicoServer.json(() -> ceremonies
                .startRegistration(requestId, request).toCredentialsCreateJson()));
    }

    private void registerFinish(Context ctx) {
        JsonNode body = body(ctx);
        finished(ctx, ceremonies.finishRegistration(body.path("requestId").asString(""),
                body.path("credential").toString()));
    }

    private void authenticate(Context ctx) {
        String username = ctx.formParam("username");
        if (username != null && !username.isEmpty() && !credentials.hasCredentials(username)) {
            throw new RefusedException("The username \"" + username + "\" is not registered.");
        }
        String requestId = randomId();
        started(ctx, requestId, null, "publicKeyCredentialRequestOptions", YubicoServer.json(() -> ceremonies
                .startAssertion(requestId, new GetRequest(username, null, null)).toCredentialsGetJson()));
    }

    private void authenticateFinish(Context ctx) {
        JsonNode body = body(ctx);
        finished(ctx, ceremonies.finishAssertion(body.path("requestId").asString(""),
                body.path("credential").toString()));
    }

    /**
     * Answers a start: {@code {success, request: {[username,] requestId, MEMBER: options}}}, the options being the
     * library's {@code publicKey}.
     */
    private void started(Context ctx, String requestId, String username, String member, String credentialsJson) {
        ObjectNode start = JSON.createObjectNode().put("success", true);
        ObjectNode inner = start.putObject("request");
        if (username != null) {
            inner.put("username", username);
        }
        inner.put("requestId", requestId).set(member, JSON.readTree(credentialsJson).path("publicKey"));
        YubicoServer.answer(ctx, 200, start);
    }

    /** Answers a finish with the user's session token, as the demo does. */
    private void finished(Context ctx, String username) {
        YubicoServer.answer(ctx, 200, JSON.createObjectNode().put("success", true).put("username", username)
                .put("sessionToken", sessionTokens.computeIfAbsent(username, u -> randomId())));
    }

    private static String required(Context ctx, String name) {
        String value = ctx.formParam(name);
        if (value == null || value.isEmpty()) {
            throw new RefusedException("Missing form parameter: " + name);
        }
        return value;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new RefusedException("the body must be a JSON object");
            }
            return node;
        } catch (tools.jackson.core.JacksonException e) {
            throw new RefusedException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private String randomId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ObjectNode messages(String message) {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("messages").add(message);
        return node;
    }

}
