package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.CtapCommand;
import dev.passkeyharness.authenticator.ctap.CtapException;
import dev.passkeyharness.authenticator.ctap.CtapFrames;
import dev.passkeyharness.authenticator.ctap.CtapStatus;
import dev.passkeyharness.authenticator.ctap.GetAssertionRequest;
import dev.passkeyharness.authenticator.ctap.GetAssertionResponse;
import dev.passkeyharness.authenticator.ctap.MakeCredentialRequest;
import dev.passkeyharness.authenticator.ctap.MakeCredentialResponse;
import java.util.Arrays;

/** The client's side of the CTAP2 transport: frames requests, reads responses, turns statuses into DOMExceptions. */
final class CtapChannel {

    private final Ctap2Authenticator authenticator;

    CtapChannel(Ctap2Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    AuthenticatorInfo getInfo() throws WebAuthnClientException {
        byte[] body = exchange(CtapFrames.request(CtapCommand.AUTHENTICATOR_GET_INFO), "authenticatorGetInfo");
        try {
            return AuthenticatorInfo.decode(body);
        } catch (CborFormatException e) {
            throw malformed("authenticatorGetInfo", e.getMessage());
        }
    }

    MakeCredentialResponse makeCredential(MakeCredentialRequest request) throws WebAuthnClientException {
        byte[] body = exchange(request.encode(), "authenticatorMakeCredential");
        try {
            return MakeCredentialResponse.decode(body);
        } catch (CtapException e) {
            throw malformed("authenticatorMakeCredential", e.getMessage());
        }
    }

    GetAssertionResponse getAssertion(GetAssertionRequest request) throws WebAuthnClientException {
        return decodeAssertion(exchange(request.encode(), "authenticatorGetAssertion"), "authenticatorGetAssertion");
    }

    GetAssertionResponse getNextAssertion() throws WebAuthnClientException {
        return decodeAssertion(exchange(CtapFrames.request(CtapCommand.AUTHENTICATOR_GET_NEXT_ASSERTION),
                "authenticatorGetNextAssertion"), "authenticatorGetNextAssertion");
    }

    private static GetAssertionResponse decodeAssertion(byte[] body, String command) throws WebAuthnClientException {
        try {
            return GetAssertionResponse.decode(body);
        } catch (CtapException e) {
            throw malformed(command, e.getMessage());
        }
    }

    private byte[] exchange(byte[] request, String command) throws WebAuthnClientException {
        byte[] response = authenticator.process(request);
        if (response.length == 0) {
            throw malformed(command, "empty response");
        }
        CtapStatus status = CtapStatus.fromCode(response[0]).orElse(CtapStatus.CTAP1_ERR_OTHER);
        if (status != CtapStatus.CTAP2_OK) {
            throw new WebAuthnClientException(domExceptionFor(status), status, command + " failed");
        }
        return Arrays.copyOfRange(response, 1, response.length);
    }

    /** WebAuthn L3 §6.3.2, §6.3.3 error codes as the client reports them (§5.1.3 step 22, §5.1.4.1 step 18). */
    static DomExceptionName domExceptionFor(CtapStatus status) {
        return switch (status) {
            case CTAP2_ERR_CREDENTIAL_EXCLUDED -> DomExceptionName.InvalidStateError;
            case CTAP2_ERR_UNSUPPORTED_ALGORITHM -> DomExceptionName.NotSupportedError;
            // §6.3.2 steps 4-5: the authenticator cannot store a resident key or verify the user
            case CTAP2_ERR_UNSUPPORTED_OPTION, CTAP2_ERR_INVALID_OPTION -> DomExceptionName.ConstraintError;
            // §5.1.3: a full key store fails after the user's consent, and such errors reach the RP as NotAllowedError;
            // ConstraintError is for a device that cannot store discoverable credentials at all (§6.3.2 step 4)
            case CTAP2_ERR_KEY_STORE_FULL -> DomExceptionName.NotAllowedError;
            default -> DomExceptionName.NotAllowedError;
        };
    }

    private static WebAuthnClientException malformed(String command, String detail) {
        return new WebAuthnClientException(DomExceptionName.NotAllowedError, command + " answered malformed data: " + detail);
    }
}
