package dev.passkeyharness.conformance.target;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** A visitor of the reference RP's onboarding API: signs up, then creates passkeys and signs in with them. */
public final class OnboardingSession implements RpSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpChannel channel;
    private final ApiDescription api;

    OnboardingSession(HttpChannel channel, ApiDescription api) {
        this.channel = channel;
        this.api = api;
    }

    /** Signs up (signUp endpoint) with a random strong password; the recorded exchange masks it. */
    @Override
    public Answer prepareUser(String username, String displayName) {
        ObjectNode body = HttpChannel.JSON.createObjectNode().put("email", username).put("displayName", displayName);
        ObjectNode masked = body.deepCopy().put("password", "********");
        body.put("password", strongPassword());
        return channel.send(api.required(Endpoint.SIGN_UP), body.toString(), masked.toString());
    }

    /** The onboarding API takes no request members: the RP decides residentKey, userVerification and attestation. */
    @Override
    public Answer registrationOptions(OptionsRequest request) {
        return channel.send(api.required(Endpoint.REGISTRATION_OPTIONS), HttpChannel.JSON.createObjectNode());
    }

    @Override
    public Answer registrationResult(String registrationResponseJson) {
        return channel.send(api.required(Endpoint.REGISTRATION_RESULT), registrationResponseJson, registrationResponseJson);
    }

    /** {"email": username} for username-first, {} for discoverable; the API has no userVerification member. */
    @Override
    public Answer authenticationOptions(String username, String userVerification) {
        ObjectNode body = HttpChannel.JSON.createObjectNode();
        if (username != null) {
            body.put("email", username);
        }
        return channel.send(api.required(Endpoint.AUTHENTICATION_OPTIONS), body);
    }

    @Override
    public Answer authenticationResult(String authenticationResponseJson) {
        return channel.send(api.required(Endpoint.AUTHENTICATION_RESULT), authenticationResponseJson,
                authenticationResponseJson);
    }

    /** Signs up (signUp endpoint) with a password the caller keeps for later logins; the recorded exchange masks it. */
    public Answer signUp(String email, String displayName, String password) {
        ObjectNode body = HttpChannel.JSON.createObjectNode().put("email", email).put("displayName", displayName);
        ObjectNode masked = body.deepCopy().put("password", "********");
        body.put("password", password);
        return channel.send(api.required(Endpoint.SIGN_UP), body.toString(), masked.toString());
    }

    /** Logs in (logIn endpoint); the recorded exchange masks the password. */
    public Answer logIn(String email, String password) {
        ObjectNode body = HttpChannel.JSON.createObjectNode().put("email", email);
        ObjectNode masked = body.deepCopy().put("password", "********");
        body.put("password", password);
        return channel.send(api.required(Endpoint.LOG_IN), body.toString(), masked.toString());
    }

    /** Logs out (logOut endpoint). */
    public Answer logOut() {
        return channel.send(api.required(Endpoint.LOG_OUT), HttpChannel.JSON.createObjectNode());
    }

    /** The me endpoint: the signed-in account, promptForPasskey and passkeyCount; 401 when nobody is signed in. */
    public Answer me() {
        return channel.send(api.required(Endpoint.ME), HttpChannel.JSON.createObjectNode());
    }

    /** The dismissPrompt endpoint ("Not now"). */
    public Answer dismissPrompt() {
        return channel.send(api.required(Endpoint.DISMISS_PROMPT), HttpChannel.JSON.createObjectNode());
    }

    /** The listCredentials endpoint: the signed-in account's passkeys. */
    public Answer listPasskeys() {
        return channel.send(api.required(Endpoint.LIST_CREDENTIALS), HttpChannel.JSON.createObjectNode());
    }

    @Override
    public Optional<Answer> storedCredentials() {
        return Optional.of(listPasskeys());
    }

    /** The deleteCredential endpoint for {@code credentialId}. */
    public Answer deletePasskey(String credentialId) {
        Route route = api.required(Endpoint.DELETE_CREDENTIAL);
        return channel.send(route, route.pathFor(credentialId), "", "");
    }

    @Override
    public List<Exchange> exchanges() {
        return channel.exchanges();
    }

    private static String strongPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "Ph-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-9a";
    }
}
