package dev.passkeyharness.conformance.target;

import java.util.List;
import java.util.Optional;

/**
 * One visitor's conversation with the RP: what a browser page would ask the RP's server, step by step. A stable,
 * public contract beside {@link RpTarget}.
 *
 * <p>Over HTTP each call sends the requests its endpoint profile describes and records them ({@link #exchanges()}).
 * In-process, each call runs your service layer and answers {@link Answer#ok(String)} with the step's JSON (options
 * for the options steps, {@code "{}"} for an accepted result) or {@link Answer#refused(String)} with the reason: the
 * RP's own verdict, which the check judges. Throw only for the harness's own trouble; an exception is reported as an
 * ERROR, not as the RP's failure.
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
     * The signed-in user's stored credentials, where the API can list them: an answer whose {@link
     * Answer#credentialIds()} name them (in-process: {@code Answer.ok("{\"credentials\":[\"<id>\", …]}")}, ids
     * in base64url); empty where it cannot. Checks use it to see whether a refused response left a credential behind.
     */
    default Optional<Answer> storedCredentials() {
        return Optional.empty();
    }

    /** Every request and answer of this session so far, in order; in-process, none. */
    default List<Exchange> exchanges() {
        return List.of();
    }
}
