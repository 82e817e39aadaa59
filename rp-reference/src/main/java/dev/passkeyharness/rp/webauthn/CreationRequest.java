package dev.passkeyharness.rp.webauthn;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller may ask of a registration's options beyond the policy: the FIDO conformance API's
 * ServerPublicKeyCredentialCreationOptionsRequest, or the onboarding API's defaults.
 *
 * @param residentKey "required", "preferred" or "discouraged" (WebAuthn L3 §5.4.6)
 * @param authenticatorAttachment "platform", "cross-platform" or null for either
 * @param userVerification null takes the policy's
 * @param attestation null takes the policy's
 * @param extensions client extension inputs to send as given, or null
 */
public record CreationRequest(
        String username,
        String displayName,
        String residentKey,
        String authenticatorAttachment,
        UserVerification userVerification,
        String attestation,
        ObjectNode extensions) {

    public CreationRequest {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(residentKey, "residentKey");
        extensions = extensions == null ? null : extensions.deepCopy();
    }

    /** Discoverable credential required, everything else from the policy. */
    public static CreationRequest defaults(String username, String displayName) {
        return new CreationRequest(username, displayName, "required", null, null, null, null);
    }

    @Override
    public ObjectNode extensions() {
        return extensions == null ? null : extensions.deepCopy();
    }
}
