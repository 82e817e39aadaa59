package dev.passkeyharness.conformance.target;

import java.util.Arrays;
import java.util.Optional;

/** A step of a target's API, by the name an endpoint profile gives it. */
public enum Endpoint {
    /** The page a new visitor opens first (a session cookie, a CSRF cookie), before any other step of its session. */
    START("start"),
    SIGN_UP("signUp"),
    LOG_IN("logIn"),
    LOG_OUT("logOut"),
    ME("me"),
    DISMISS_PROMPT("dismissPrompt"),
    /** Answers PublicKeyCredentialCreationOptionsJSON (WebAuthn L3 §5.4). */
    REGISTRATION_OPTIONS("registrationOptions"),
    /** Takes RegistrationResponseJSON (WebAuthn L3 §5.1.8). */
    REGISTRATION_RESULT("registrationResult"),
    /** Answers PublicKeyCredentialRequestOptionsJSON (WebAuthn L3 §5.5). */
    AUTHENTICATION_OPTIONS("authenticationOptions"),
    /** Takes AuthenticationResponseJSON (WebAuthn L3 §5.1.8). */
    AUTHENTICATION_RESULT("authenticationResult"),
    LIST_CREDENTIALS("listCredentials"),
    /** Its path or body names the credential as {@code ${credentialId}}. */
    DELETE_CREDENTIAL("deleteCredential");

    private final String key;

    Endpoint(String key) {
        this.key = key;
    }

    /** The name in an endpoint profile. */
    public String key() {
        return key;
    }

    public static Optional<Endpoint> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
