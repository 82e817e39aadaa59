package dev.passkeyharness.rp.webauthn;

import java.util.Arrays;

/** The RP's userVerification requirement (WebAuthn L3 §5.8.6 UserVerificationRequirement). */
public enum UserVerification {
    REQUIRED("required"),
    PREFERRED("preferred"),
    DISCOURAGED("discouraged");

    private final String value;

    UserVerification(String value) {
        this.value = value;
    }

    /** The spec's string value, as it appears in options JSON. */
    public String value() {
        return value;
    }

    public boolean required() {
        return this == REQUIRED;
    }

    public static UserVerification fromValue(String value) {
        return Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown userVerification '" + value + "'"));
    }
}
