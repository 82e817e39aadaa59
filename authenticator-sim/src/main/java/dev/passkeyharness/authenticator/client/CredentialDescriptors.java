package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads excludeCredentials / allowCredentials (PublicKeyCredentialDescriptorJSON, WebAuthn L3 §5.1.8). */
final class CredentialDescriptors {

    private CredentialDescriptors() {
    }

    static List<PublicKeyCredentialDescriptor> parse(JsonNode options, String name) throws WebAuthnClientException {
        List<PublicKeyCredentialDescriptor> out = new ArrayList<>();
        for (JsonNode item : ClientJson.optionalArray(options, name)) {
            if (!item.isObject()) {
                throw ClientJson.typeError(name + " must hold objects");
            }
            String type = ClientJson.requiredString(item, "type");
            String id = ClientJson.requiredBase64Url(item, "id");
            List<String> transports = ClientJson.optionalStrings(item, "transports");
            out.add(new PublicKeyCredentialDescriptor(type, ClientJson.decode(id, "id"), transports));
        }
        return out;
    }

    /** Descriptors of types the client does not know are skipped (WebAuthn L3 §5.8.3). */
    static List<PublicKeyCredentialDescriptor> publicKeyOnly(List<PublicKeyCredentialDescriptor> descriptors) {
        return descriptors.stream().filter(d -> PublicKeyCredentialDescriptor.PUBLIC_KEY.equals(d.type())).toList();
    }
}
