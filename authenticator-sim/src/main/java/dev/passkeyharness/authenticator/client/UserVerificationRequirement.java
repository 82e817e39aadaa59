package dev.passkeyharness.authenticator.client;

/** userVerification (WebAuthn L3 §5.8.6); unknown values are treated as the default, preferred. */
public enum UserVerificationRequirement {
    REQUIRED, PREFERRED, DISCOURAGED;

    static UserVerificationRequirement fromJson(String value) {
        if (value == null) {
            return PREFERRED;
        }
        return switch (value) {
            case "required" -> REQUIRED;
            case "discouraged" -> DISCOURAGED;
            default -> PREFERRED;
        };
    }
}
