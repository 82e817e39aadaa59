package dev.passkeyharness.conformance.kill;

import dev.passkeyharness.conformance.target.RunMetadata;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test-only relying party speaking the FIDO2 conformance API, with every verification step of
 * {@link LenientVerifier} switchable: the fixture of the kill test. Not a production RP.
 */
final class LenientRp implements AutoCloseable {

    static final Duration CHALLENGE_TIMEOUT = Duration.ofMinutes(5);
    private static final String COOKIE = "lsid";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Javalin app;
    private final LenientState state = new LenientState();
    private final LenientVerifier verifier;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String origin;

    private LenientRp(Set<Step> disabled, int port, Clock clock, RunMetadata metadata) {
        this.origin = "http://localhost:" + port;
        this.clock = clock;
        this.verifier = new LenientVerifier(disabled, origin, state, clock,
                new LenientTrust(disabled, metadata, clock));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/attestation/options", this::attestationOptions);
            config.routes.post("/attestation/result", ctx -> result(ctx, true));
            config.routes.post("/assertion/options", this::assertionOptions);
            config.routes.post("/assertion/result", ctx -> result(ctx, false));
        });
        app.start("127.0.0.1", port);
    }

    static LenientRp start(Set<Step> disabled, int port, Clock clock, RunMetadata metadata) {
        return new LenientRp(disabled, port, clock, metadata);
    }

    String url() {
        return origin;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void attestationOptions(Context ctx) {
        JsonNode body = JSON.readTree(ctx.body());
        String username = body.path("username").asString("");
        if (username.isEmpty()) {
            failed(ctx, "username missing");
            return;
        }
        String handle = state.userHandles.computeIfAbsent(username, u -> B64.encodeToString(randomBytes(16)));
        JsonNode selection = body.path("authenticatorSelection");
        String uv = selection.path("userVerification").asString("preferred");
        byte[] challenge = randomBytes(32);
        state.pending.put(session(ctx), new LenientState.Pending(true, challenge, username, "required".equals(uv),
                List.of(), clock.instant().plus(CHALLENGE_TIMEOUT)));
        ObjectNode options = ok();
        options.putObject("rp").put("id", LenientVerifier.RP_ID).put("name", "lenient RP");
        options.putObject("user").put("id", handle).put("name", username)
                .put("displayName", body.path("displayName").asString(username));
        options.put("challenge", B64.encodeToString(challenge));
        ArrayNode params = options.putArray("pubKeyCredParams");
        LenientVerifier.ALGORITHMS.forEach(a -> params.addObject().put("type", "public-key").put("alg", a));
        options.put("timeout", CHALLENGE_TIMEOUT.toMillis());
        ArrayNode exclude = options.putArray("excludeCredentials");
        state.credentialIds(username).forEach(id -> exclude.addObject().put("type", "public-key").put("id", id));
        ObjectNode echo = options.putObject("authenticatorSelection");
        echo.put("userVerification", uv);
        echo.put("residentKey", selection.path("residentKey").asString("discouraged"));
        options.put("attestation", body.path("attestation").asString("none"));
        if (body.has("extensions")) {
            options.set("extensions", body.get("extensions"));
        }
        send(ctx, 200, options);
    }

    private void assertionOptions(Context ctx) {
        JsonNode body = JSON.readTree(ctx.body());
        String username = body.path("username").asString("");
        if (!username.isEmpty() && !state.userHandles.containsKey(username)) {
            failed(ctx, "unknown user");
            return;
        }
        String uv = body.path("userVerification").asString("preferred");
        List<String> allowed = username.isEmpty() ? List.of() : state.credentialIds(username);
        byte[] challenge = randomBytes(32);
        state.pending.put(session(ctx), new LenientState.Pending(false, challenge, username, "required".equals(uv),
                allowed, clock.instant().plus(CHALLENGE_TIMEOUT)));
        ObjectNode options = ok();
        options.put("challenge", B64.encodeToString(challenge));
        options.put("timeout", CHALLENGE_TIMEOUT.toMillis());
        options.put("rpId", LenientVerifier.RP_ID);
        ArrayNode allow = options.putArray("allowCredentials");
        allowed.forEach(id -> allow.addObject().put("type", "public-key").put("id", id));
        options.put("userVerification", uv);
        send(ctx, 200, options);
    }

    private void result(Context ctx, boolean registration) {
        String session = session(ctx);
        try {
            JsonNode body = JSON.readTree(ctx.body());
            ObjectNode copy = body instanceof ObjectNode o ? o.deepCopy() : JSON.createObjectNode();
            JsonNode extensions = copy.remove("getClientExtensionResults");
            if (extensions != null && !copy.has("clientExtensionResults")) {
                copy.set("clientExtensionResults", extensions);
            }
            String id = copy.path("id").asString("");
            verifier.credentialType(copy.path("type").asString(""));
            if (registration) {
                verifier.register(session, copy.toString(), id);
            } else {
                verifier.authenticate(session, copy.toString(), id);
            }
            send(ctx, 200, ok());
        } catch (LenientVerifier.Refused e) {
            failed(ctx, e.getMessage());
        } catch (RuntimeException e) {
            failed(ctx, "malformed: " + e.getClass().getSimpleName());
        }
    }

    private String session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly");
        }
        return id;
    }

    private byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static ObjectNode ok() {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", "ok");
        node.put("errorMessage", "");
        return node;
    }

    private static void failed(Context ctx, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", "failed");
        node.put("errorMessage", message);
        send(ctx, 400, node);
    }

    private static void send(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType("application/json").result(node.toString());
    }
}
