package dev.passkeyharness.rp;

import dev.passkeyharness.rp.account.Accounts;
import dev.passkeyharness.rp.http.RpRoutes;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.webauthn.RelyingPartyPolicy;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashSet;
import java.util.Set;

/** The reference relying party: a Javalin server over an H2 database, started with {@link #start(RpSettings)}. */
public final class ReferenceRp implements AutoCloseable {

    private final Javalin app;
    private final Database database;
    private final RelyingPartyPolicy policy;
    private final int port;

    private ReferenceRp(Javalin app, Database database, RelyingPartyPolicy policy, int port) {
        this.app = app;
        this.database = database;
        this.policy = policy;
        this.port = port;
    }

    public static ReferenceRp start(RpSettings settings) {
        int port = settings.port() != 0 ? settings.port() : freePort(settings.host());
        RelyingPartyPolicy policy = policy(settings, port);
        Database database = Database.open(settings.jdbcUrl());
        try {
            RpRoutes routes = new RpRoutes(policy, database, Accounts.withDefaults(database, settings.clock(),
                    settings.passwordHashing()),
                    settings.clock(), settings.conformanceApi());
            Javalin app = Javalin.create(routes::configure);
            app.start(settings.host(), port);
            return new ReferenceRp(app, database, policy, port);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** The address to open in a browser: the first allowed origin. */
    public String url() {
        return policy.allowedOrigins().stream().sorted().findFirst().orElseThrow();
    }

    public RelyingPartyPolicy policy() {
        return policy;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }

    private static RelyingPartyPolicy policy(RpSettings settings, int port) {
        String rpId = settings.rpId() == null ? "localhost" : settings.rpId();
        Set<String> origins = new LinkedHashSet<>(settings.origins());
        if (origins.isEmpty()) {
            origins.add("http://localhost:" + port);
        }
        RelyingPartyPolicy policy = RelyingPartyPolicy.of(rpId, "passkey-harness reference RP", origins)
                .withUserVerification(settings.userVerification())
                .withChallengeTimeout(settings.challengeTimeout())
                .withAlgorithms(settings.algorithms());
        if (settings.metadata() != null) {
            policy = policy.withMetadata(settings.metadata(), settings.trustAnchors());
        } else if (settings.requireTrustedAttestation()) {
            policy = policy.withTrustedAttestation(settings.trustAnchors());
        }
        return settings.attestationConveyance() == null ? policy
                : policy.withAttestationConveyance(settings.attestationConveyance());
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        }
    }
}
