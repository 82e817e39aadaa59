package dev.passkeyharness.rp.http;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayDeque;
import java.util.HashMap;
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
    /** Anonymous sessions one client (an IP address) may hold; its oldest gives way to its newest. */
    static final int MAX_ANONYMOUS_PER_CLIENT = 1_000;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    // client -> its anonymous sessions, oldest first; a flood of cookie-less requests pushes out only its own
    private final Map<String, ArrayDeque<String>> anonymousByClient = new HashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** One visitor's server-side state. */
    public static final class Session {
        private final String id;
        private final String client;
        private volatile Long accountId;
        private volatile boolean promptForPasskey;
        private volatile Instant lastSeen;

        Session(String id, String client, Instant now) {
            this.id = id;
            this.client = client;
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
            session = createAnonymous(ctx, now);
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
            remove(old);
        }
        Session session = create(ctx, clock.instant());
        session.accountId = accountId;
        session.promptForPasskey = promptForPasskey;
        return session;
    }

    public void signOut(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            remove(id);
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secure(ctx));
    }

    private synchronized Session createAnonymous(Context ctx, Instant now) {
        ArrayDeque<String> own = anonymousByClient.computeIfAbsent(ctx.ip(), c -> new ArrayDeque<>());
        while (own.size() >= MAX_ANONYMOUS_PER_CLIENT) {
            sessions.remove(own.removeFirst());
        }
        Session session = create(ctx, now);
        own.addLast(session.id());
        return session;
    }

    private synchronized void remove(String id) {
        Session removed = sessions.remove(id);
        ArrayDeque<String> own = removed == null ? null : anonymousByClient.get(removed.client);
        if (own != null && own.remove(id) && own.isEmpty()) {
            anonymousByClient.remove(removed.client);
        }
    }

    private synchronized Session create(Context ctx, Instant now) {
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> s.lastSeen.plus(IDLE_TIMEOUT).isBefore(now));
            anonymousByClient.values().forEach(own -> own.removeIf(id -> !sessions.containsKey(id)));
            anonymousByClient.values().removeIf(ArrayDeque::isEmpty);
        }
        if (sessions.size() >= MAX_SESSIONS) {
            // still full of live sessions: the client with the most anonymous ones gives its oldest
            anonymousByClient.values().stream().max(java.util.Comparator.comparingInt(ArrayDeque::size))
                    .ifPresent(own -> sessions.remove(own.removeFirst()));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(id, ctx.ip(), now);
        sessions.put(id, session);
        ctx.header("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax" + secure(ctx));
        return session;
    }

    private static String secure(Context ctx) {
        return "https".equals(ctx.scheme()) ? "; Secure" : "";
    }
}
