package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.account.AccountException;
import dev.passkeyharness.rp.account.Accounts;
import dev.passkeyharness.rp.account.InvalidDisplayNameException;
import dev.passkeyharness.rp.account.InvalidEmailException;
import dev.passkeyharness.rp.account.LoginRefusedException;
import dev.passkeyharness.rp.account.WeakPasswordException;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.DuplicateAccountException;
import dev.passkeyharness.rp.store.PasskeyRepository;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The onboarding API's account endpoints: sign up, log in, log out, who am I, and "Not now" for the passkey prompt. */
final class AccountRoutes {

    private final Accounts accounts;
    private final Database database;
    private final Sessions sessions;
    private final JsonBodies bodies;
    private final AccountRepository accountRepository = new AccountRepository();
    private final PasskeyRepository passkeys = new PasskeyRepository();

    AccountRoutes(Accounts accounts, Database database, Sessions sessions, JsonBodies bodies) {
        this.accounts = accounts;
        this.database = database;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    /** POST /api/signup: a new account, signed in, with the passkey prompt on. */
    void signUp(Context ctx) {
        JsonNode body = bodies.object(ctx);
        Account account;
        try {
            account = accounts.signUp(JsonBodies.text(body, "email"), JsonBodies.text(body, "password"),
                    JsonBodies.optionalText(body, "displayName", ""));
        } catch (DuplicateAccountException e) {
            throw new ApiException(409, "An account with this email already exists. Sign in instead.", null);
        } catch (InvalidEmailException | WeakPasswordException | InvalidDisplayNameException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        sessions.signIn(ctx, account.id(), true);
        ctx.status(201);
        Json.send(ctx, profile(account, true));
    }

    /** POST /api/login: password sign-in; the passkey prompt comes back when the account has no passkey. */
    void logIn(Context ctx) {
        JsonNode body = bodies.object(ctx);
        Account account;
        try {
            account = accounts.logIn(JsonBodies.text(body, "email"), JsonBodies.text(body, "password"), ctx.ip());
        } catch (LoginRefusedException e) {
            if (e.reason() == LoginRefusedException.Reason.RATE_LIMITED) {
                long seconds = Math.max(1, accounts.retryAfter(JsonBodies.text(body, "email"), ctx.ip()).toSeconds());
                ctx.header("Retry-After", String.valueOf(seconds));
                throw new ApiException(429, "Too many failed attempts. Wait a few minutes and try again.", null);
            }
            throw ApiException.unauthorized("The email or password is not right.");
        } catch (AccountException e) {
            throw ApiException.unauthorized("The email or password is not right.");
        }
        boolean prompt = passkeyCount(account) == 0;
        sessions.signIn(ctx, account.id(), prompt);
        Json.send(ctx, profile(account, prompt));
    }

    /** POST /api/logout: a JSON endpoint like the others, so its body is held to the same edge. */
    void logOut(Context ctx) {
        bodies.object(ctx);
        sessions.signOut(ctx);
        Json.send(ctx, Json.ok());
    }

    /** GET /api/me: the signed-in account and whether to prompt for a passkey. */
    void me(Context ctx) {
        Sessions.Session session = sessions.current(ctx);
        long accountId = sessions.requireAccount(ctx);
        Account account = database.inTransaction(c -> accountRepository.findById(c, accountId)).orElseThrow(
                () -> ApiException.unauthorized("Please sign in first."));
        Json.send(ctx, profile(account, session.promptForPasskey() && passkeyCount(account) == 0));
    }

    /** POST /api/passkeys/prompt/dismiss: "Not now", remembered until the next sign-in. */
    void dismissPrompt(Context ctx) {
        bodies.object(ctx);
        sessions.requireAccount(ctx);
        sessions.current(ctx).promptForPasskey(false);
        Json.send(ctx, Json.ok());
    }

    private int passkeyCount(Account account) {
        return database.inTransaction(c -> passkeys.listForAccount(c, account.id())).size();
    }

    private ObjectNode profile(Account account, boolean prompt) {
        ObjectNode node = Json.object();
        node.put("status", "ok");
        node.put("email", account.username());
        node.put("displayName", account.displayName());
        node.put("promptForPasskey", prompt);
        node.put("passkeyCount", passkeyCount(account));
        return node;
    }
}
