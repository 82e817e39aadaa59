package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.data.UserVerificationRequirement;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ServerPublicKeyCredentialGetOptionsRequest (server transport binding profile §7).
 *
 * @param username the user signing in, or null for a discoverable-credential sign-in (the request's username
 *     missing or empty)
 * @param userVerification the request's userVerification, or null
 * @param extensions the request's extensions, echoed in the options, or null
 */
record GetRequest(String username, UserVerificationRequirement userVerification, ObjectNode extensions) {

    GetRequest {
        username = username == null || username.isEmpty() ? null : username;
        extensions = extensions == null ? null : extensions.deepCopy();
    }

    boolean discoverable() {
        return username == null;
    }
}
