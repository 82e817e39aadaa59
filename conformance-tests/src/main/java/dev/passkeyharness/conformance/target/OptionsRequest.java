package dev.passkeyharness.conformance.target;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the runner asks of registration options: the FIDO conformance API's request members; null members are left
 * to the RP.
 *
 * @param extensions the request's extensions member (the conformance API echoes them), or null
 */
public record OptionsRequest(String username, String displayName, String residentKey, String userVerification,
        String attestation, ObjectNode extensions) {

    public OptionsRequest {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        extensions = extensions == null ? null : extensions.deepCopy();
    }

    public OptionsRequest(String username, String displayName, String residentKey, String userVerification,
            String attestation) {
        this(username, displayName, residentKey, userVerification, attestation, null);
    }
}
