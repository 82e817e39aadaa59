package dev.passkeyharness.conformance.foreign.yubico;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoint design of go-webauthn's example server: {@code POST /api/login} with a username (no password; the user
 * is made on first log-in) signs the session in, then {@code GET|POST /api/webauthn/attestation} and
 * {@code /assertion} run the ceremonies for it. Answers are {@code {status: "OK", data}} ({@code publicKey} under
 * {@code data}), a registration 201 {@code {status: "OK", message: "Done."}}, a refusal {@code {status: "KO",
 * message}} with 400, 401 or 403. As in the example, the session cookie is always {@code Secure}.
 */
final class GoExampleEndpoints {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COOKIE = "webauthn";

    private final Ceremonies ceremonies;
    private final InMemoryCredentialRepository credentials;
    private final Function<Context, String> sessions;
    /** session → the username logged in there. */
    private final Map<String, String> signedIn = new ConcurrentHashMap<>();

    GoExampleEndpoints(Ceremonies ceremonies, InMemoryCredentialRepository credentials,
            Function<Context, String> sessions) {
        this.ceremonies = ceremonies;
        this.credentials = credentials;
        this.sessions = sessions;
    }

    void install(JavalinConfig config) {
        config.routes.post("/api/login", this::logIn);
        config.routes.get("/api/logout", ctx -> {
            signedIn.remove(session(ctx));
            YubicoServer.answer(ctx, 200, ok());
        });
        config.routes.get("/api/webauthn/attestation", this::attestationOptions);
        config.routes.post("/api/webauthn/attestation", this::attestation);
        config.routes.get("/api/webauthn/assertion", this::assertionOptions);
        config.routes.post("/api/webauthn/assertion", this::assertion);
        config.routes.exception(RefusedException.class,
                (e, ctx) -> YubicoServer.answer(ctx, 401, ko(e.getMessage())));
    }

    private void logIn(Context ctx) {
        String username;
        try {
            username = JSON.readTree(ctx.body()).path("username").asString("");
        } catch (tools.jackson.core.JacksonException e) {
            username = "";
        }
        if (username.isEmpty()) {
            YubicoServer.answer(ctx, 400, ko("Bad Request."));
            return;
        }
        signedIn.put(session(ctx), username);
        YubicoServer.answer(ctx, 200, ok());
    }

    private void attestationOptions(Context ctx) {
        String username = signedIn.get(session(ctx));
        if (username == null) {
            YubicoServer.answer(ctx, 403, ko("Forbidden."));
            return;
        }
        String json = YubicoServer.json(() -> ceremonies.startRegistration(session(ctx),
                new CreationRequest(username, username, null, null, null)).toCredentialsCreateJson());
        ObjectNode answer = ok();
        answer.set("data", JSON.readTree(json));
        YubicoServer.answer(ctx, 200, answer);
    }

    private void attestation(Context ctx) {
        if (signedIn.get(session(ctx)) == null) {
            YubicoServer.answer(ctx, 403, ko("Forbidden."));
            return;
        }
        ceremonies.finishRegistration(session(ctx), ctx.body());
        YubicoServer.answer(ctx, 201, ok().put("message", "Done."));
    }

    private void assertionOptions(Context ctx) {
        String username = signedIn.get(session(ctx));
        if (username == null || !credentials.hasCredentials(username)) {
            YubicoServer.answer(ctx, 403, ko("Forbidden."));
            return;
        }
        String json = YubicoServer.json(() -> ceremonies.startAssertion(session(ctx),
                new GetRequest(username, null, null)).toCredentialsGetJson());
        ObjectNode answer = ok();
        answer.set("data", JSON.readTree(json));
        YubicoServer.answer(ctx, 200, answer);
    }

    private void assertion(Context ctx) {
        String username = ceremonies.finishAssertion(session(ctx), ctx.body());
        ObjectNode answer = ok();
        answer.putObject("data").put("name", username);
        YubicoServer.answer(ctx, 200, answer);
    }

    private String session(Context ctx) {
        return sessions.apply(ctx);
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("status", "OK");
    }

    private static ObjectNode ko(String message) {
        return JSON.createObjectNode().put("status", "KO").put("message", message);
    }

}
