package dev.passkeyharness.conformance.target;

import java.util.List;

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

    /** Every request and answer of this session so far, in order. */
    List<Exchange> exchanges();
}
