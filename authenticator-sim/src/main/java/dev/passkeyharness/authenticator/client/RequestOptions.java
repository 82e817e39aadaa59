package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * PublicKeyCredentialRequestOptionsJSON (WebAuthn L3 §5.1.9), parsed. {@code rpId} is null when the RP left it to the
 * origin; {@code challenge} is the base64url text exactly as given.
 */
public record RequestOptions(
        String challenge,
        String rpId,
        List<PublicKeyCredentialDescriptor> allowCredentials,
        UserVerificationRequirement userVerification) {

    public RequestOptions {
        Objects.requireNonNull(challenge, "challenge");
        allowCredentials = List.copyOf(allowCredentials);
        Objects.requireNonNull(userVerification, "userVerification");
    }

    /** Parses the W3C form, the {"publicKey": …} wrapper or a FIDO2 conformance API options response. */
    public static RequestOptions fromJson(String json) throws WebAuthnClientException {
        JsonNode o = ClientJson.optionsRoot(json);
        return new RequestOptions(
                ClientJson.requiredBase64Url(o, "challenge"),
                ClientJson.optionalString(o, "rpId"),
                CredentialDescriptors.parse(o, "allowCredentials"),
                UserVerificationRequirement.fromJson(ClientJson.optionalString(o, "userVerification")));
    }
}
