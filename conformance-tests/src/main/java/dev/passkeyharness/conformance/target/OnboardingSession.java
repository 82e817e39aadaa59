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

    OnboardingSession(HttpChannel channel) {
        this.channel = channel;
    }

    /** POST /api/signup with a random strong password; the recorded exchange masks it. */
    @Override
    public Answer prepareUser(String username, String displayName) {
        ObjectNode body = HttpChannel.JSON.createObjectNode().put("email", username).put("displayName", displayName);
        ObjectNode masked = body.deepCopy().put("password", "********");
        body.put("password", strongPassword());
        return channel.post("/api/signup", body.toString(), masked.toString());
    }

    /** The onboarding API takes no request members: the RP decides residentKey, userVerification and attestation. */
    @Override
    public Answer registrationOptions(OptionsRequest request) {
        return channel.post("/api/passkeys/registration/options", HttpChannel.JSON.createObjectNode());
    }

    @Override
    public Answer registrationResult(String registrationResponseJson) {
        return channel.post("/api/passkeys/registration/verify", registrationResponseJson, registrationResponseJson);
    }

    /** {"email": username} for username-first, {} for discoverable; the API has no userVerification member. */
    @Override
    public Answer authenticationOptions(String username, String userVerification) {
        ObjectNode body = HttpChannel.JSON.createObjectNode();
        if (username != null) {
            body.put("email", username);
        }
        return channel.post("/api/passkeys/authentication/options", body);
    }

    @Override
    public Answer authenticationResult(String authenticationResponseJson) {
        return channel.post("/api/passkeys/authentication/verify", authenticationResponseJson,
                authenticationResponseJson);
    }

    /** POST /api/signup with a password the caller keeps for later logins; the recorded exchange masks it. */
    public Answer signUp(String email, String displayName, String password) {
        ObjectNode body = HttpChannel.JSON.createObjectNode().put("email", email).put("displayName", displayName);
        ObjectNode masked = body.deepCopy().put("password", "********");
        body.put("password", password);
        return channel.post("/api/signup", body.toString(), masked.toString());
    }

    /** POST /api/login; the recorded exchange masks the password. */
    public Answer logIn(String email, String password) {
        ObjectNode body = HttpChannel.JSON.createObjectNode().put("email", email);
        ObjectNode masked = body.deepCopy().put("password", "********");
        body.put("password", password);
        return channel.post("/api/login", body.toString(), masked.toString());
    }

    /** POST /api/logout. */
    public Answer logOut() {
        return channel.post("/api/logout", HttpChannel.JSON.createObjectNode());
    }

    /** GET /api/me: the signed-in account, promptForPasskey and passkeyCount; 401 when nobody is signed in. */
    public Answer me() {
        return channel.get("/api/me");
    }

    /** POST /api/passkeys/prompt/dismiss ("Not now"). */
    public Answer dismissPrompt() {
        return channel.post("/api/passkeys/prompt/dismiss", HttpChannel.JSON.createObjectNode());
    }

    /** GET /api/passkeys: the signed-in account's passkeys. */
    public Answer listPasskeys() {
        return channel.get("/api/passkeys");
    }

    @Override
    public Optional<Answer> storedCredentials() {
        return Optional.of(listPasskeys());
    }

    /** DELETE /api/passkeys/{id}. */
    public Answer deletePasskey(String credentialId) {
        return channel.delete("/api/passkeys/" + credentialId);
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
