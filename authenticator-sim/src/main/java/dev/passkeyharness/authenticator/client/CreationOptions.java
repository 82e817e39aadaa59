package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialParameters;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialUserEntity;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * PublicKeyCredentialCreationOptionsJSON (WebAuthn L3 §5.1.8), parsed. {@code rpId} is null when the RP left it to
 * the origin; {@code challenge} is the base64url text exactly as given.
 */
public record CreationOptions(
        String rpId,
        String rpName,
        PublicKeyCredentialUserEntity user,
        String challenge,
        List<PublicKeyCredentialParameters> pubKeyCredParams,
        List<PublicKeyCredentialDescriptor> excludeCredentials,
        AuthenticatorSelection authenticatorSelection,
        String attestation,
        boolean credProps) {

    public CreationOptions {
        Objects.requireNonNull(rpName, "rpName");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(challenge, "challenge");
        pubKeyCredParams = List.copyOf(pubKeyCredParams);
        excludeCredentials = List.copyOf(excludeCredentials);
        Objects.requireNonNull(authenticatorSelection, "authenticatorSelection");
        attestation = attestation == null ? "none" : attestation;
    }

    /** Parses the W3C form, the {"publicKey": …} wrapper or a FIDO2 conformance API options response. */
    public static CreationOptions fromJson(String json) throws WebAuthnClientException {
        JsonNode o = ClientJson.optionsRoot(json);
        JsonNode rp = ClientJson.requiredObject(o, "rp");
        JsonNode userJson = ClientJson.requiredObject(o, "user");
        Bytes userId = ClientJson.decode(ClientJson.requiredBase64Url(userJson, "id"), "user.id");
        if (userId.isEmpty() || userId.length() > PublicKeyCredentialUserEntity.MAX_ID_LENGTH) {
            // WebAuthn L3 §5.1.3 step 5: user.id must be 1 to 64 bytes
            throw ClientJson.typeError("user.id must be 1 to 64 bytes, not " + userId.length());
        }
        PublicKeyCredentialUserEntity user = new PublicKeyCredentialUserEntity(userId,
                ClientJson.requiredString(userJson, "name"), ClientJson.requiredString(userJson, "displayName"));
        String challenge = ClientJson.requiredBase64Url(o, "challenge");
        List<PublicKeyCredentialParameters> params = new ArrayList<>();
        for (JsonNode p : ClientJson.requiredArray(o, "pubKeyCredParams")) {
            if (!p.isObject()) {
                throw ClientJson.typeError("pubKeyCredParams must hold objects");
            }
            params.add(new PublicKeyCredentialParameters(ClientJson.requiredString(p, "type"), ClientJson.requiredLong(p, "alg")));
        }
        JsonNode selection = ClientJson.optionalObject(o, "authenticatorSelection");
        AuthenticatorSelection authenticatorSelection = selection == null ? AuthenticatorSelection.DEFAULT
                : new AuthenticatorSelection(
                        ClientJson.optionalString(selection, "authenticatorAttachment"),
                        ResidentKeyRequirement.fromJson(ClientJson.optionalString(selection, "residentKey"),
                                ClientJson.optionalBoolean(selection, "requireResidentKey")),
                        UserVerificationRequirement.fromJson(ClientJson.optionalString(selection, "userVerification")));
        JsonNode extensions = ClientJson.optionalObject(o, "extensions");
        boolean credProps = extensions != null && Boolean.TRUE.equals(ClientJson.optionalBoolean(extensions, "credProps"));
        return new CreationOptions(
                ClientJson.optionalString(rp, "id"),
                ClientJson.requiredString(rp, "name"),
                user,
                challenge,
                params,
                CredentialDescriptors.parse(o, "excludeCredentials"),
                authenticatorSelection,
                ClientJson.optionalString(o, "attestation"),
                credProps);
    }
}
