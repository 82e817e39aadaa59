package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.model.Passkey;
import java.util.Objects;

/** The outcome of an authentication ceremony (WebAuthn L3 §7.2). */
public sealed interface AuthenticationResult {

    /** The user {@code accountId} signed in; {@code passkey} is the record to store back (§7.2 step 24). */
    record Accepted(Passkey passkey, long accountId) implements AuthenticationResult {
        public Accepted {
            Objects.requireNonNull(passkey, "passkey");
        }
    }

    /** The ceremony failed {@code rule}; nothing is to be updated. */
    record Rejected(Rule rule, String message) implements AuthenticationResult {
        public Rejected {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }
}
