package dev.passkeyharness.authenticator.client;

/** residentKey (WebAuthn L3 §5.4.6). */
public enum ResidentKeyRequirement {
    REQUIRED, PREFERRED, DISCOURAGED;

    /** WebAuthn L3 §5.4.4: an unknown or absent residentKey falls back to requireResidentKey. */
    static ResidentKeyRequirement fromJson(String value, Boolean requireResidentKey) {
        if ("required".equals(value)) {
            return REQUIRED;
        }
        if ("preferred".equals(value)) {
            return PREFERRED;
        }
        if ("discouraged".equals(value)) {
            return DISCOURAGED;
        }
        return Boolean.TRUE.equals(requireResidentKey) ? REQUIRED : DISCOURAGED;
    }
}
