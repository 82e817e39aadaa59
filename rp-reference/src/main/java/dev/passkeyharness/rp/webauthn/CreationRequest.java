package dev.passkeyharness.rp.webauthn;

import java.util.List;
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
 * @param hints WebAuthn L3 §5.4.9 hints in order of preference (security-key, client-device, hybrid); empty for none
 */
public record CreationRequest(
        String username,
        String displayName,
        String residentKey,
        String authenticatorAttachment,
        UserVerification userVerification,
        String attestation,
        ObjectNode extensions,
        List<String> hints) {

    /** The hints WebAuthn L3 defines (PublicKeyCredentialHint). */
    public static final List<String> KNOWN_HINTS = List.of("security-key", "client-device", "hybrid");

    public CreationRequest {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(residentKey, "residentKey");
        extensions = extensions == null ? null : extensions.deepCopy();
        hints = hints == null ? List.of() : List.copyOf(hints);
        if (!KNOWN_HINTS.containsAll(hints)) {
            throw new IllegalArgumentException("unknown hint in " + hints);
        }
    }

    /** Discoverable credential required, everything else from the policy. */
    public static CreationRequest defaults(String username, String displayName) {
        return new CreationRequest(username, displayName, "required", null, null, null, null, List.of());
    }

    public CreationRequest withHints(List<String> newHints) {
        return new CreationRequest(username, displayName, residentKey, authenticatorAttachment, userVerification,
                attestation, extensions, newHints);
    }

    @Override
    public ObjectNode extensions() {
        return extensions == null ? null : extensions.deepCopy();
    }
}
