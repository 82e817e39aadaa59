package dev.passkeyharness.authenticator.state;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import java.util.Objects;

/** What the credential state file holds: the authenticator's state and the attestation CA that issues its certificates. */
public record SavedAuthenticator(AuthenticatorState state, AttestationCa attestationCa) {

    public SavedAuthenticator {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(attestationCa, "attestationCa");
    }
}
