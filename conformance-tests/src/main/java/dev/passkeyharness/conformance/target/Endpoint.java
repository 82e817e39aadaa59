package dev.passkeyharness.conformance.target;

import java.util.Arrays;
import java.util.Optional;

/** A step a target's API offers, by the name an API description gives it. */
public enum Endpoint {
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
    /** Its path names the credential as {@code {credentialId}}. */
    DELETE_CREDENTIAL("deleteCredential");

    private final String key;

    Endpoint(String key) {
        this.key = key;
    }

    /** The name in an API description file. */
    public String key() {
        return key;
    }

    public static Optional<Endpoint> byKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
