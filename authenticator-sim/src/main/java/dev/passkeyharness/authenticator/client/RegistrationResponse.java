package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of navigator.credentials.create(), with the bytes exactly as sent (tamperings applied). {@code publicKey}
 * is null when the key cannot be expressed as SubjectPublicKeyInfo, {@code publicKeyAlgorithm} when authData held no
 * readable key, {@code credPropsRk} when credProps was not requested.
 */
public record RegistrationResponse(
        Bytes id,
        Bytes clientDataJSON,
        Bytes attestationObject,
        Bytes authenticatorData,
        List<String> transports,
        Bytes publicKey,
        Long publicKeyAlgorithm,
        String authenticatorAttachment,
        Boolean credPropsRk) {

    public RegistrationResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientDataJSON, "clientDataJSON");
        Objects.requireNonNull(attestationObject, "attestationObject");
        Objects.requireNonNull(authenticatorData, "authenticatorData");
        transports = List.copyOf(transports);
    }

    /** RegistrationResponseJSON (WebAuthn L3 §5.1), members in the spec's order. */
    public String toJson() {
        ObjectNode root = ClientJson.newObject();
        root.put("id", id.base64Url());
        root.put("rawId", id.base64Url());
        // AuthenticatorAttestationResponseJSON (WebAuthn L3 §5.2.1)
        ObjectNode response = root.putObject("response");
        response.put("clientDataJSON", clientDataJSON.base64Url());
        response.put("authenticatorData", authenticatorData.base64Url());
        ArrayNode transportArray = response.putArray("transports");
        transports.forEach(transportArray::add);
        if (publicKey != null) {
            response.put("publicKey", publicKey.base64Url());
        }
        if (publicKeyAlgorithm != null) {
            response.put("publicKeyAlgorithm", publicKeyAlgorithm);
        }
        response.put("attestationObject", attestationObject.base64Url());
        if (authenticatorAttachment != null) {
            root.put("authenticatorAttachment", authenticatorAttachment);
        }
        ObjectNode extensions = root.putObject("clientExtensionResults");
        if (credPropsRk != null) {
            // WebAuthn L3 §10.1.3 credProps
            extensions.putObject("credProps").put("rk", credPropsRk);
        }
        root.put("type", "public-key");
        return ClientJson.write(root);
    }
}
