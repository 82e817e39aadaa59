package dev.passkeyharness.conformance.target;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** A visitor of a server speaking the FIDO2 conformance API (server transport binding profile §7). */
final class ConformanceSession implements RpSession {

    private final HttpChannel channel;
    private final ApiDescription api;

    ConformanceSession(HttpChannel channel, ApiDescription api) {
        this.channel = channel;
        this.api = api;
    }

    /** The conformance API creates users on demand at /attestation/options: nothing sent, so no exchange (null). */
    @Override
    public Answer prepareUser(String username, String displayName) {
        return new Answer(200, HttpChannel.JSON.createObjectNode().put("status", "ok").put("errorMessage", ""), null);
    }

    /** ServerPublicKeyCredentialCreationOptionsRequest. */
    @Override
    public Answer registrationOptions(OptionsRequest request) {
        ObjectNode body = HttpChannel.JSON.createObjectNode();
        body.put("username", request.username());
        body.put("displayName", request.displayName());
        ObjectNode selection = body.putObject("authenticatorSelection");
        if (request.residentKey() != null) {
            selection.put("residentKey", request.residentKey());
            selection.put("requireResidentKey", "required".equals(request.residentKey()));
        }
        if (request.userVerification() != null) {
            selection.put("userVerification", request.userVerification());
        }
        if (request.attestation() != null) {
            body.put("attestation", request.attestation());
        }
        if (request.extensions() != null) {
            body.set("extensions", request.extensions());
        }
        return channel.send(api.required(Endpoint.REGISTRATION_OPTIONS), body);
    }

    @Override
    public Answer registrationResult(String registrationResponseJson) {
        return channel.send(api.required(Endpoint.REGISTRATION_RESULT), registrationResponseJson, registrationResponseJson);
    }

    /** ServerPublicKeyCredentialGetOptionsRequest; an empty username asks for a discoverable ceremony. */
    @Override
    public Answer authenticationOptions(String username, String userVerification) {
        ObjectNode body = HttpChannel.JSON.createObjectNode();
        body.put("username", username == null ? "" : username);
        if (userVerification != null) {
            body.put("userVerification", userVerification);
        }
        return channel.send(api.required(Endpoint.AUTHENTICATION_OPTIONS), body);
    }

    @Override
    public Answer authenticationResult(String authenticationResponseJson) {
        return channel.send(api.required(Endpoint.AUTHENTICATION_RESULT), authenticationResponseJson, authenticationResponseJson);
    }

    @Override
    public List<Exchange> exchanges() {
        return channel.exchanges();
    }
}
