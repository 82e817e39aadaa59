package dev.passkeyharness.conformance.target;

import java.util.List;
import java.util.Optional;

/**
 * One visitor's conversation with the RP, cookies kept across requests as a browser does. Each call records its
 * {@link Exchange}.
 */
public interface RpSession {

    /** Makes {@code username} known to the RP so it can register (onboarding: sign up; conformance API: nothing). */
    Answer prepareUser(String username, String displayName);

    /** Asks for creation options (PublicKeyCredentialCreationOptionsJSON in the answer's body). */
    Answer registrationOptions(OptionsRequest request);

    Answer registrationResult(String registrationResponseJson);

    /** Asks for request options; a null username asks for a discoverable ceremony. */
    Answer authenticationOptions(String username, String userVerification);

    Answer authenticationResult(String authenticationResponseJson);

    /**
     * The signed-in user's stored credentials, where the API can list them (the onboarding API's GET /api/passkeys,
     * an object whose {@code passkeys} each carry an {@code id}); empty where it cannot (the FIDO2 conformance API).
     */
    default Optional<Answer> storedCredentials() {
        return Optional.empty();
    }

    /** Every request and answer of this session so far, in order. */
    List<Exchange> exchanges();
}
