package dev.passkeyharness.rp.webauthn;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller may ask of an authentication's options: the FIDO conformance API's
 * ServerPublicKeyCredentialGetOptionsRequest.
 *
 * @param username null or empty for a discoverable (username-less) ceremony
 * @param userVerification null takes the policy's
 * @param extensions client extension inputs to send as given, or null
 */
public record AssertionRequest(String username, UserVerification userVerification, ObjectNode extensions) {

    public AssertionRequest {
        extensions = extensions == null ? null : extensions.deepCopy();
    }

    @Override
    public ObjectNode extensions() {
        return extensions == null ? null : extensions.deepCopy();
    }

    public boolean discoverable() {
        return username == null || username.isEmpty();
    }
}
