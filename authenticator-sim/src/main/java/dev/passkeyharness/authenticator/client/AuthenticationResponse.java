package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of navigator.credentials.get(), with the bytes exactly as sent (tamperings applied); {@code userHandle}
 * is null when the authenticator returned no user.
 */
public record AuthenticationResponse(
        Bytes id,
        Bytes clientDataJSON,
        Bytes authenticatorData,
        Bytes signature,
        Bytes userHandle,
        String authenticatorAttachment) {

    public AuthenticationResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientDataJSON, "clientDataJSON");
        Objects.requireNonNull(authenticatorData, "authenticatorData");
        Objects.requireNonNull(signature, "signature");
    }

    /** AuthenticationResponseJSON (WebAuthn L3 §5.1), members in the spec's order. */
    public String toJson() {
        ObjectNode root = ClientJson.newObject();
        root.put("id", id.base64Url());
        root.put("rawId", id.base64Url());
        // AuthenticatorAssertionResponseJSON (WebAuthn L3 §5.2.2)
        ObjectNode response = root.putObject("response");
        response.put("clientDataJSON", clientDataJSON.base64Url());
        response.put("authenticatorData", authenticatorData.base64Url());
        response.put("signature", signature.base64Url());
        if (userHandle != null) {
            response.put("userHandle", userHandle.base64Url());
        }
        if (authenticatorAttachment != null) {
            root.put("authenticatorAttachment", authenticatorAttachment);
        }
        root.putObject("clientExtensionResults");
        root.put("type", "public-key");
        return ClientJson.write(root);
    }
}
