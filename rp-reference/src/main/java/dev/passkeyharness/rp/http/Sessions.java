package dev.passkeyharness.rp.http;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions keyed by a random ID in an HttpOnly, SameSite=Lax cookie (Secure on https). A session holds
 * the signed-in account, whether to prompt for a passkey, and is the key challenges are bound to.
 */
public final class Sessions {

    public static final String COOKIE = "phsid";
    static final Duration IDLE_TIMEOUT = Duration.ofHours(8);
    static final int MAX_SESSIONS = 100_000;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** One visitor's server-side state. */
    public static final class Session {
        private final String id;
        private volatile Long accountId;
        private volatile boolean promptForPasskey;
        private volatile Instant lastSeen;

        Session(String id, Instant now) {
            this.id = id;
            this.lastSeen = now;
        }

        public String id() {
            return id;
        }

        public Long accountId() {
            return accountId;
        }

        public boolean promptForPasskey() {
            return promptForPasskey;
        }

        public void promptForPasskey(boolean value) {
            promptForPasskey = value;
        }
    }

    /** The caller's session, created (and its cookie set) when there is none. */
    public Session current(Context ctx) {
        Instant now = clock.instant();
        String id = ctx.cookie(COOKIE);
        Session session = id == null ? null : sessions.get(id);
        if (session != null && session.lastSeen.plus(IDLE_TIMEOUT).isBefore(now)) {
            sessions.remove(id);
            session = null;
        }
        if (session == null) {
            session = create(ctx, now);
        }
        session.lastSeen = now;
        return session;
    }

    /** The signed-in account's id, or 401. */
    public long requireAccount(Context ctx) {
        Long accountId = current(ctx).accountId();
        if (accountId == null) {
            throw ApiException.unauthorized("Please sign in first.");
        }
        return accountId;
    }

    /** A new session for a fresh sign-in, so a session ID seen before sign-in is never the signed-in one. */
    public Session signIn(Context ctx, long accountId, boolean promptForPasskey) {
        String old = ctx.cookie(COOKIE);
        if (old != null) {
            sessions.remove(old);
        }
        Session session = create(ctx, clock.instant());
        session.accountId = accountId;
        session.promptForPasskey = promptForPasskey;
        return session;
    }

    public void signOut(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secure(ctx));
    }

    private Session create(Context ctx, Instant now) {
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> s.lastSeen.plus(IDLE_TIMEOUT).isBefore(now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(id, now);
        sessions.put(id, session);
        ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax" + secure(ctx));
        return session;
    }

    private static String secure(Context ctx) {
        return "https".equals(ctx.scheme()) ? "; Secure" : "";
    }
}
