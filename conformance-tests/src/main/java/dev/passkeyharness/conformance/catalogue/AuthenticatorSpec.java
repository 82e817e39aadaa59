package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.Objects;

/**
 * One of the person's devices in a scenario.
 *
 * @param profile an authenticator profile name (security-key, platform-synced, u2f-legacy)
 * @param alg a COSE algorithm name to restrict the device to, or null for the profile's
 * @param attestation an attestation format CLI name to override the profile's, or null
 * @param user how the person answers this device's prompts
 */
public record AuthenticatorSpec(String profile, String alg, String attestation, SimulatedUser user) {

    public AuthenticatorSpec {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(user, "user");
    }
}
