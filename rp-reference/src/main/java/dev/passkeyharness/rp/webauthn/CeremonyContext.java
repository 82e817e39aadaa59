package dev.passkeyharness.rp.webauthn;

import java.util.List;
import java.util.Objects;

/** What the RP remembers about a ceremony between its options and its result. */
public sealed interface CeremonyContext {

    UserVerification userVerification();

    /**
     * A registration for one account (WebAuthn L3 §7.1).
     *
     * @param userHandle base64url of the user.id sent in the options
     */
    record Registration(long accountId, String userHandle, UserVerification userVerification) implements CeremonyContext {
        public Registration {
            Objects.requireNonNull(userHandle, "userHandle");
            Objects.requireNonNull(userVerification, "userVerification");
        }
    }

    /**
     * An authentication (WebAuthn L3 §7.2).
     *
     * @param accountId the user identified before the ceremony, or null for a discoverable (username-less) one
     * @param allowCredentials base64url credential IDs sent in allowCredentials; empty for discoverable
     */
    record Authentication(Long accountId, List<String> allowCredentials, UserVerification userVerification)
            implements CeremonyContext {
        public Authentication {
            allowCredentials = List.copyOf(allowCredentials);
            Objects.requireNonNull(userVerification, "userVerification");
        }

        public boolean discoverable() {
            return accountId == null;
        }
    }
}
