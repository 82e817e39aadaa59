package dev.passkeyharness.rp.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Password guessing limits: a client (an IP address) gets {@value #PER_ACCOUNT} failures per account and
 * {@value #PER_CLIENT} over all accounts in 15 minutes. Failures from one client never lock the account for another,
 * so a stranger cannot keep its owner out by failing on purpose.
 */
public final class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_CLIENT = 20;

    /** One reserved password check; exactly one of its methods is called once it is decided. */
    public final class Attempt {
        private final String pair;
        private final String client;

        private Attempt(String pair, String client) {
            this.pair = pair;
            this.client = client;
        }

        public void failed() {
            pairs.failed(pair);
            clients.failed(client);
        }

        public void succeeded() {
            pairs.succeeded(pair);
            clients.cancel(client);
        }

        public void cancel() {
            pairs.cancel(pair);
            clients.cancel(client);
        }
    }

    private final LoginRateLimiter pairs;
    private final LoginRateLimiter clients;

    public LoginThrottle(Clock clock) {
        this(new LoginRateLimiter(clock, PER_ACCOUNT), new LoginRateLimiter(clock, PER_CLIENT));
    }

    public LoginThrottle(LoginRateLimiter perAccount, LoginRateLimiter perClient) {
        this.pairs = perAccount;
        this.clients = perClient;
    }

    /** A place for one password check by {@code client} for {@code username}, or empty: too many failures. */
    public Optional<Attempt> reserve(String client, String username) {
        String pair = client + "\n" + username;
        if (!pairs.tryReserve(pair)) {
            return Optional.empty();
        }
        if (!clients.tryReserve(client)) {
            pairs.cancel(pair);
            return Optional.empty();
        }
        return Optional.of(new Attempt(pair, client));
    }

    /** How long until {@code client} may try {@code username} again. */
    public Duration retryAfter(String client, String username) {
        Duration pair = pairs.retryAfter(client + "\n" + username);
        Duration all = clients.retryAfter(client);
        return pair.compareTo(all) >= 0 ? pair : all;
    }
}
