package dev.passkeyharness.conformance.runner;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A test-only RP speaking the FIDO2 conformance API that verifies nothing but the challenge and the counter, and
 * errs in one chosen way after a refusal. Not a production RP; one visitor at a time.
 */
final class CarelessRp implements AutoCloseable {

    /** How the RP errs. */
    enum Flaw {
        /** Refuses a registration with a wrong challenge (400), but stores the credential anyway. */
        STORES_REFUSED,
        /** Answers a wrong challenge with a 500 and an HTML page. */
        CRASHES,
        /** Refuses an assertion with a wrong challenge only after storing its counter. */
        COUNTS_REFUSED
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Flaw flaw;
    private final Javalin app;
    private final Map<String, List<String>> credentials = new HashMap<>();
    private final Map<String, Long> counters = new HashMap<>();
    private String challenge = "";
    private String username = "";

    CarelessRp(Flaw flaw) {
        this.flaw = flaw;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/attestation/options", this::attestationOptions);
            config.routes.post("/attestation/result", this::attestationResult);
            config.routes.post("/assertion/options", this::assertionOptions);
            config.routes.post("/assertion/result", this::assertionResult);
        });
        app.start("127.0.0.1", 0);
    }

    String url() {
        return "http://localhost:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void attestationOptions(Context ctx) {
        username = JSON.readTree(ctx.body()).path("username").asString();
        challenge = B64.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        ObjectNode options = ok();
        options.putObject("rp").put("id", "localhost").put("name", "careless RP");
        options.putObject("user").put("id", B64.encodeToString(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString().getBytes(StandardCharsets.UTF_8)))
                .put("name", username).put("displayName", username);
        options.put("challenge", challenge);
        options.putArray("pubKeyCredParams").addObject().put("type", "public-key").put("alg", -7);
        var exclude = options.putArray("excludeCredentials");
        credentials.getOrDefault(username, List.of()).forEach(id -> exclude.addObject().put("type", "public-key").put("id", id));
        options.put("attestation", "none");
        send(ctx, 200, options);
    }

    private void attestationResult(Context ctx) {
        JsonNode response = JSON.readTree(ctx.body());
        boolean challengeOk = challenge.equals(clientData(response).path("challenge").asString());
        if (challengeOk || flaw == Flaw.STORES_REFUSED) {
            credentials.computeIfAbsent(username, u -> new ArrayList<>()).add(response.path("id").asString());
        }
        refuseOr(ctx, challengeOk);
    }

    private void assertionOptions(Context ctx) {
        username = JSON.readTree(ctx.body()).path("username").asString();
        challenge = B64.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        ObjectNode options = ok().put("challenge", challenge).put("rpId", "localhost").put("userVerification", "preferred");
        var allow = options.putArray("allowCredentials");
        credentials.getOrDefault(username, List.of()).forEach(id -> allow.addObject().put("type", "public-key").put("id", id));
        send(ctx, 200, options);
    }

    private void assertionResult(Context ctx) {
        JsonNode response = JSON.readTree(ctx.body());
        boolean challengeOk = challenge.equals(clientData(response).path("challenge").asString());
        String id = response.path("id").asString();
        byte[] authData = Base64.getUrlDecoder().decode(response.path("response").path("authenticatorData").asString());
        long count = ((authData[33] & 0xffL) << 24) | ((authData[34] & 0xffL) << 16) | ((authData[35] & 0xffL) << 8)
                | (authData[36] & 0xffL);
        long stored = counters.getOrDefault(id, 0L);
        if (count != 0 && count <= stored) {
            send(ctx, 400, failed("signCount did not grow"));
            return;
        }
        if (challengeOk || flaw == Flaw.COUNTS_REFUSED) {
            counters.put(id, count);
        }
        refuseOr(ctx, challengeOk);
    }

    private void refuseOr(Context ctx, boolean ok) {
        if (ok) {
            send(ctx, 200, ok());
        } else if (flaw == Flaw.CRASHES) {
            ctx.status(500).contentType("text/html").result("<html><body>Internal Server Error</body></html>");
        } else {
            send(ctx, 400, failed("invalid request"));
        }
    }

    private static JsonNode clientData(JsonNode response) {
        byte[] json = Base64.getUrlDecoder().decode(response.path("response").path("clientDataJSON").asString());
        return JSON.readTree(new String(json, StandardCharsets.UTF_8));
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("status", "ok").put("errorMessage", "");
    }

    private static ObjectNode failed(String message) {
        return JSON.createObjectNode().put("status", "failed").put("errorMessage", message);
    }

    private static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
