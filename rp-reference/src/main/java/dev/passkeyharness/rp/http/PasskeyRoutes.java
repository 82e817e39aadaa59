package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.account.EmailAddress;
import dev.passkeyharness.rp.account.InvalidEmailException;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.Passkey;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.PasskeyRepository;
import dev.passkeyharness.rp.webauthn.AssertionRequest;
import dev.passkeyharness.rp.webauthn.CreationRequest;
import io.javalin.http.Context;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The onboarding API's passkey endpoints: create, sign in, list, rename, delete. */
final class PasskeyRoutes {

    static final int MAX_NAME_LENGTH = 64;

    private final PasskeyCeremonies ceremonies;
    private final Database database;
    private final Sessions sessions;
    private final JsonBodies bodies;
    private final AccountRepository accounts = new AccountRepository();
    private final PasskeyRepository passkeys = new PasskeyRepository();

    PasskeyRoutes(PasskeyCeremonies ceremonies, Database database, Sessions sessions, JsonBodies bodies) {
        this.ceremonies = ceremonies;
        this.database = database;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    /**
     * POST /api/passkeys/registration/options, optionally {@code {"hint": "client-device" | "hybrid" |
     * "security-key"}}: where the page expects the passkey to be made (WebAuthn L3 §5.4.9 hints).
     */
    void registrationOptions(Context ctx) {
        JsonNode body = bodies.object(ctx);
        Account account = signedIn(ctx);
        String hint = JsonBodies.optionalText(body, "hint", null);
        if (hint != null && !CreationRequest.KNOWN_HINTS.contains(hint)) {
            throw ApiException.badRequest("'hint' must be one of " + String.join(", ", CreationRequest.KNOWN_HINTS) + ".");
        }
        CreationRequest request = CreationRequest.defaults(account.username(), account.displayName())
                .withHints(hint == null ? List.of() : List.of(hint));
        Json.send(ctx, ceremonies.registrationOptions(sessions.current(ctx).id(), ctx.ip(), account, request));
    }

    /** POST /api/passkeys/registration/verify: RegistrationResponseJSON in, the stored passkey out. */
    void registrationVerify(Context ctx) {
        JsonNode body = bodies.object(ctx);
        Account account = signedIn(ctx);
        Passkey passkey = ceremonies.finishRegistration(sessions.current(ctx).id(), body.toString(), account.username());
        sessions.current(ctx).promptForPasskey(false);
        ObjectNode answer = Json.ok();
        answer.set("passkey", view(passkey));
        ctx.status(201);
        Json.send(ctx, answer);
    }

    /** POST /api/passkeys/authentication/options: {email} for username-first, {} for discoverable. */
    void authenticationOptions(Context ctx) {
        JsonNode body = bodies.object(ctx);
        String email = JsonBodies.optionalText(body, "email", "");
        String username = null;
        if (!email.isBlank()) {
            try {
                username = EmailAddress.parse(email).value();
            } catch (InvalidEmailException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        }
        Json.send(ctx, ceremonies.authenticationOptions(sessions.current(ctx).id(), ctx.ip(),
                new AssertionRequest(username, null, null)));
    }

    /** POST /api/passkeys/authentication/verify: AuthenticationResponseJSON in, signed in. */
    void authenticationVerify(Context ctx) {
        JsonNode body = bodies.object(ctx);
        Account account = ceremonies.finishAuthentication(sessions.current(ctx).id(), body.toString());
        sessions.signIn(ctx, account.id(), false);
        ObjectNode answer = Json.ok();
        answer.put("email", account.username());
        answer.put("displayName", account.displayName());
        Json.send(ctx, answer);
    }

    /** GET /api/passkeys. */
    void list(Context ctx) {
        long accountId = sessions.requireAccount(ctx);
        List<Passkey> list = database.inTransaction(c -> passkeys.listForAccount(c, accountId));
        ObjectNode answer = Json.ok();
        ArrayNode array = answer.putArray("passkeys");
        list.forEach(p -> array.add(view(p)));
        Json.send(ctx, answer);
    }

    /** PATCH /api/passkeys/{id}: {name}. */
    void rename(Context ctx) {
        JsonNode body = bodies.object(ctx);
        long accountId = sessions.requireAccount(ctx);
        String name = JsonBodies.text(body, "name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("A passkey name has 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        String id = ctx.pathParam("id");
        Passkey renamed = database.inTransaction(c -> passkeys.rename(c, accountId, id, name))
                .orElseThrow(() -> ApiException.notFound("You have no passkey with this ID."));
        ObjectNode answer = Json.ok();
        answer.set("passkey", view(renamed));
        Json.send(ctx, answer);
    }

    /** DELETE /api/passkeys/{id}. */
    void delete(Context ctx) {
        bodies.checkOrigin(ctx);
        long accountId = sessions.requireAccount(ctx);
        String id = ctx.pathParam("id");
        if (!database.inTransaction(c -> passkeys.delete(c, accountId, id))) {
            throw ApiException.notFound("You have no passkey with this ID.");
        }
        Json.send(ctx, Json.ok());
    }

    private Account signedIn(Context ctx) {
        long accountId = sessions.requireAccount(ctx);
        return database.inTransaction(c -> accounts.findById(c, accountId))
                .orElseThrow(() -> ApiException.unauthorized("Please sign in first."));
    }

    static ObjectNode view(Passkey p) {
        ObjectNode node = Json.object();
        node.put("id", p.credentialId());
        node.put("name", p.name());
        node.put("createdAt", p.createdAt().toString());
        node.put("lastUsedAt", p.lastUsedAt() == null ? null : p.lastUsedAt().toString());
        node.put("aaguid", p.aaguid());
        node.put("attestationFormat", p.attestationFormat());
        node.put("backupEligible", p.backupEligible());
        node.put("backupState", p.backupState());
        ArrayNode transports = node.putArray("transports");
        p.transports().forEach(transports::add);
        return node;
    }
}
