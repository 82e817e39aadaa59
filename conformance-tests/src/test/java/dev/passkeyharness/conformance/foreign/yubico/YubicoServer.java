package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.RelyingParty;
import com.yubico.webauthn.attestation.AttestationTrustSource;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server on Yubico's java-webauthn-server with the library's defaults: RP ID "localhost", its one origin
 * {@code http://localhost:PORT}, listening on 127.0.0.1. It speaks one {@link Shape} of endpoints: the FIDO2
 * conformance API (server transport binding profile §7), with pending options kept per session named by a cookie the
 * server sets, or the endpoint design of a well-known example server.
 */
public final class YubicoServer implements AutoCloseable {

    /** Whose endpoints the server has. */
    public enum Shape {
        /** The FIDO2 server conformance API. */
        CONFORMANCE,
        /** Yubico's own demo server (webauthn-server-demo): form starts, requestId in the finishes. */
        DEMO,
        /** go-webauthn's example: a username log-in, then the ceremonies under /api/webauthn. */
        GO_EXAMPLE
    }

    static final String RP_ID = "localhost";
    static final String SESSION_COOKIE = "yubico-session";
    private static final String HOST = "127.0.0.1";
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Logger LOG = LoggerFactory.getLogger(YubicoServer.class);

    private final Javalin app;
    private final int port;
    private final Ceremonies ceremonies;
    private final SecureRandom random;
    private final Shape shape;
    private final InMemoryCredentialRepository credentials;

    private YubicoServer(int port, RelyingParty relyingParty, InMemoryCredentialRepository credentials,
            SecureRandom random, Shape shape) {
        this.port = port;
        this.ceremonies = new Ceremonies(relyingParty, credentials);
        this.credentials = credentials;
        this.random = random;
        this.shape = shape;
        this.app = Javalin.create(this::configure);
    }

    /**
     * Starts a server on a free loopback port. With {@code attestationRoot}, the library trusts attestation that
     * chains to it and refuses any other ({@code allowUntrustedAttestation(false)}, as its documentation pairs with a
     * trust source); without, nothing is trusted and untrusted attestation is allowed (the library's default).
     */
    public static YubicoServer start(Optional<X509Certificate> attestationRoot) {
        return start(attestationRoot, Shape.CONFORMANCE);
    }

    /** As {@link #start(Optional)}, with the endpoints of {@code shape}. */
    public static YubicoServer start(Optional<X509Certificate> attestationRoot, Shape shape) {
        SecureRandom random = new SecureRandom();
        int port = freePort();
        InMemoryCredentialRepository credentials = new InMemoryCredentialRepository(random);
        YubicoServer server = new YubicoServer(port,
                relyingParty("http://localhost:" + port, credentials, attestationRoot), credentials, random, shape);
        server.app.start(HOST, port);
        return server;
    }

    /** The library's RelyingParty: its builder's defaults, but for the origin and the optional trust root. */
    static RelyingParty relyingParty(String origin, InMemoryCredentialRepository credentials,
            Optional<X509Certificate> attestationRoot) {
        RelyingParty.RelyingPartyBuilder builder = RelyingParty.builder()
                .identity(RelyingPartyIdentity.builder().id(RP_ID).name("java-webauthn-server conformance server")
                        .build())
                .credentialRepository(credentials)
                // the default is https://RP_ID only; the port is part of this origin, so allowOriginPort stays false
                .origins(Set.of(origin));
        attestationRoot.ifPresent(root -> builder
                .attestationTrustSource(trustSource(root))
                .allowUntrustedAttestation(false));
        return builder.build();
    }

    // no revocation source is reachable for a test root: the library's default (revocation checking on) would
    // refuse every chain
    private static AttestationTrustSource trustSource(X509Certificate root) {
        return (chain, aaguid) -> AttestationTrustSource.TrustRootsResult.builder().trustRoots(Set.of(root))
                .enableRevocationChecking(false).build();
    }

    /** The URL the server listens on, http://127.0.0.1:PORT. */
    public String url() {
        return "http://" + HOST + ":" + port;
    }

    /** The one origin the server accepts in clientDataJSON. */
    public String origin() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.prefer405over404 = true;

        switch (shape) {
            case CONFORMANCE -> {
                config.routes.post("/attestation/options", this::attestationOptions);
                config.routes.post("/attestation/result", this::attestationResult);
                config.routes.post("/assertion/options", this::assertionOptions);
                config.routes.post("/assertion/result", this::assertionResult);
                config.routes.exception(RefusedException.class,
                        (e, ctx) -> answer(ctx, 400, ConformanceJson.failed(e.getMessage())));
            }
            case DEMO -> new DemoEndpoints(ceremonies, credentials, random).install(config);
            case GO_EXAMPLE -> new GoExampleEndpoints(ceremonies, credentials, this::session).install(config);
            default -> throw new IllegalStateException("no endpoints for " + shape);
        }
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, ConformanceJson.failed("the server failed: " + e));
        });
        config.routes.error(404, ctx -> answer(ctx, 404, ConformanceJson.failed("nothing at " + ctx.path())));
        config.routes.error(405, ctx -> answer(ctx, 405,
                ConformanceJson.failed(ctx.method() + " is not allowed on " + ctx.path())));
    }

    private void attestationOptions(Context ctx) {
        CreationRequest request = ConformanceJson.creationRequest(ctx.bodyAsBytes());
        String json = json(() -> ceremonies.startRegistration(session(ctx), request).toCredentialsCreateJson());
        answer(ctx, 200, ConformanceJson.optionsAnswer(json, request.extensions()));
    }

    private void attestationResult(Context ctx) {
        ceremonies.finishRegistration(session(ctx), ConformanceJson.resultBody(ctx.bodyAsBytes()));
        answer(ctx, 200, ConformanceJson.ok());
    }

    private void assertionOptions(Context ctx) {
        GetRequest request = ConformanceJson.getRequest(ctx.bodyAsBytes());
        String json = json(() -> ceremonies.startAssertion(session(ctx), request).toCredentialsGetJson());
        answer(ctx, 200, ConformanceJson.optionsAnswer(json, request.extensions()));
    }

    private void assertionResult(Context ctx) {
        ceremonies.finishAssertion(session(ctx), ConformanceJson.resultBody(ctx.bodyAsBytes()));
        answer(ctx, 200, ConformanceJson.ok());
    }

    /** The caller's session ID from its cookie, or a new one with the cookie set. */
    String session(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        if (id != null && SESSION_ID.matcher(id).matches()) {
            return id;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // go-webauthn's example marks its session cookie Secure whatever the scheme
        ctx.header("Set-Cookie", SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax"
                + (shape == Shape.GO_EXAMPLE ? "; Secure" : ""));
        return id;
    }

    static void answer(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    /** The library's options JSON; its serializer declares an IOException it has no reason to throw here. */
    static String json(LibraryJson json) {
        try {
            return json.write();
        } catch (IOException e) {
            throw new UncheckedIOException("the library could not write its options as JSON", e);
        }
    }

    @FunctionalInterface
    interface LibraryJson {
        String write() throws IOException;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
