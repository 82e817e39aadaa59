package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.data.AttestationConveyancePreference;
import com.yubico.webauthn.data.AuthenticatorSelectionCriteria;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ServerPublicKeyCredentialCreationOptionsRequest (server transport binding profile §7).
 *
 * @param selection the request's authenticatorSelection, or null
 * @param attestation the request's attestation, or null
 * @param extensions the request's extensions, echoed in the options, or null
 */
record CreationRequest(String username, String displayName, AuthenticatorSelectionCriteria selection,
        AttestationConveyancePreference attestation, ObjectNode extensions) {

    CreationRequest {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username must not be empty");
        }
        extensions = extensions == null ? null : extensions.deepCopy();
    }
}
