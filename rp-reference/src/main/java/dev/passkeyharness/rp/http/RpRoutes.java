package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.account.Accounts;
import dev.passkeyharness.rp.model.AccountRealm;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.webauthn.ChallengeStore;
import dev.passkeyharness.rp.webauthn.RelyingPartyPolicy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The RP's routes, read as a table of contents of its pages and two APIs, and its one error boundary. */
public final class RpRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(RpRoutes.class);
    private static final Map<String, String> PAGES = Map.of(
            "/", "index.html", "/signup", "signup.html", "/login", "login.html", "/account", "account.html");

    private final AccountRoutes account;
    private final PasskeyRoutes passkey;
    private final ConformanceRoutes conformance;

    /**
     * @param conformanceApi whether to serve the unauthenticated FIDO2 conformance API, for test tools; its users live
     *     apart from the onboarding accounts either way
     */
    public RpRoutes(RelyingPartyPolicy policy, Database database, Accounts accounts, Clock clock,
            boolean conformanceApi) {
        Sessions sessions = new Sessions(clock);
        JsonBodies bodies = new JsonBodies(policy.allowedOrigins());
        this.account = new AccountRoutes(accounts, database, sessions, bodies);
        this.passkey = new PasskeyRoutes(new PasskeyCeremonies(policy, AccountRealm.ONBOARDING, database,
                new ChallengeStore(clock, policy), clock), database, sessions, bodies);
        this.conformance = !conformanceApi ? null : new ConformanceRoutes(new PasskeyCeremonies(policy,
                AccountRealm.CONFORMANCE, database, new ChallengeStore(clock, policy), clock), accounts, database,
                sessions, bodies);
    }

    public void configure(JavalinConfig config) {
        config.http.maxRequestSize = JsonBodies.MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.staticFiles.add("/public", Location.CLASSPATH);

        config.routes.before(SecurityHeaders::apply);
        PAGES.forEach((path, file) -> config.routes.get(path, ctx -> page(ctx, file)));

        // Onboarding API
        config.routes.post("/api/signup", account::signUp);
        config.routes.post("/api/login", account::logIn);
        config.routes.post("/api/logout", account::logOut);
        config.routes.get("/api/me", account::me);
        config.routes.post("/api/passkeys/prompt/dismiss", account::dismissPrompt);
        config.routes.post("/api/passkeys/registration/options", passkey::registrationOptions);
        config.routes.post("/api/passkeys/registration/verify", passkey::registrationVerify);
        config.routes.post("/api/passkeys/authentication/options", passkey::authenticationOptions);
        config.routes.post("/api/passkeys/authentication/verify", passkey::authenticationVerify);
        config.routes.get("/api/passkeys", passkey::list);
        config.routes.patch("/api/passkeys/{id}", passkey::rename);
        config.routes.delete("/api/passkeys/{id}", passkey::delete);

        // FIDO2 server conformance API, only when asked for
        if (conformance != null) {
            config.routes.post("/attestation/options", conformance::attestationOptions);
            config.routes.post("/attestation/result", conformance::attestationResult);
            config.routes.post("/assertion/options", conformance::assertionOptions);
            config.routes.post("/assertion/result", conformance::assertionResult);
        }

        config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage(), e.rule()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage(), null));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "Something went wrong on the server.", null);
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                fail(ctx, 404, "There is nothing at " + ctx.path() + ".", null);
            }
        });
        config.routes.error(405, ctx -> fail(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + ".", null));
    }

    private static void fail(Context ctx, int status, String message, String rule) {
        var body = Json.failed(message);
        if (rule != null) {
            body.put("rule", rule);
        }
        ctx.status(status);
        Json.send(ctx, body);
    }

    private static void page(Context ctx, String file) {
        try (InputStream in = RpRoutes.class.getResourceAsStream("/public/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing page " + file);
            }
            ctx.html(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
