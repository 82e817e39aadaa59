package dev.passkeyharness.conformance.target;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** A visitor of the reference RP's onboarding API: signs up, then creates passkeys and signs in with them. */
final class OnboardingSession implements RpSession {

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

    /** DELETE /api/passkeys/{id}. */
    Answer deletePasskey(String credentialId) {
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
