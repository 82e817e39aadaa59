package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.account.AccountException;
import dev.passkeyharness.rp.account.Accounts;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.AccountRealm;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.webauthn.AssertionRequest;
import dev.passkeyharness.rp.webauthn.CeremonyOptions;
import dev.passkeyharness.rp.webauthn.ConformanceRequestException;
import dev.passkeyharness.rp.webauthn.ConformanceRequests;
import dev.passkeyharness.rp.webauthn.CreationRequest;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FIDO2 server conformance API (FIDO Alliance server transport binding profile): attestation and assertion
 * options and results, answering {@code {"status":"ok"|"failed","errorMessage":…}}.
 */
final class ConformanceRoutes {

    private final PasskeyCeremonies ceremonies;
    private final Accounts accounts;
    private final Database database;
    private final Sessions sessions;
    private final JsonBodies bodies;
    private final AccountRepository accountRepository = new AccountRepository();

    ConformanceRoutes(PasskeyCeremonies ceremonies, Accounts accounts, Database database, Sessions sessions,
            JsonBodies bodies) {
        this.ceremonies = ceremonies;
        this.accounts = accounts;
        this.database = database;
        this.sessions = sessions;
        this.bodies = bodies;
    }

    /** POST /attestation/options: ServerPublicKeyCredentialCreationOptionsRequest → options. */
    void attestationOptions(Context ctx) {
        JsonNode body = bodies.object(ctx);
        CreationRequest request;
        Account account;
        try {
            request = ConformanceRequests.creation(body.toString());
            account = accounts.findOrCreateForConformance(request.username(), request.displayName());
        } catch (ConformanceRequestException | AccountException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ObjectNode options = ceremonies.registrationOptions(sessions.current(ctx).id(), ctx.ip(), account, request);
        Json.send(ctx, CeremonyOptions.conformance(options));
    }

    /** POST /attestation/result: ServerAuthenticatorAttestationResponse → ok or failed with the rule. */
    void attestationResult(Context ctx) {
        JsonNode body = bodies.object(ctx);
        ceremonies.finishRegistration(sessions.current(ctx).id(), responseJson(body), "conformance");
        Json.send(ctx, Json.ok());
    }

    /** POST /assertion/options: ServerPublicKeyCredentialGetOptionsRequest → options. */
    void assertionOptions(Context ctx) {
        JsonNode body = bodies.object(ctx);
        AssertionRequest request;
        try {
            request = ConformanceRequests.assertion(body.toString());
        } catch (ConformanceRequestException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (!request.discoverable()
                && database.inTransaction(c -> accountRepository.findByUsername(c, AccountRealm.CONFORMANCE, request.username())).isEmpty()) {
            throw ApiException.badRequest("User '" + request.username() + "' does not exist.");
        }
        Json.send(ctx, CeremonyOptions.conformance(ceremonies.authenticationOptions(sessions.current(ctx).id(), ctx.ip(), request)));
    }

    /** POST /assertion/result: ServerAuthenticatorAssertionResponse → ok or failed with the rule. */
    void assertionResult(Context ctx) {
        JsonNode body = bodies.object(ctx);
        ceremonies.finishAuthentication(sessions.current(ctx).id(), responseJson(body));
        Json.send(ctx, Json.ok());
    }

    /** The conformance profile names the extension results "getClientExtensionResults"; WebAuthn L3 JSON does not. */
    private static String responseJson(JsonNode body) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        JsonNode results = copy.remove("getClientExtensionResults");
        if (results != null && !copy.has("clientExtensionResults")) {
            copy.set("clientExtensionResults", results);
        }
        return copy.toString();
    }
}
