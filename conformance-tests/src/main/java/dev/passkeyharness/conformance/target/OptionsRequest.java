package dev.passkeyharness.conformance.target;

import java.util.Objects;

/**
 * What the runner asks of registration options: the FIDO conformance API's request members; null members are left
 * to the RP.
 */
public record OptionsRequest(String username, String displayName, String residentKey, String userVerification,
        String attestation) {

    public OptionsRequest {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }
}
