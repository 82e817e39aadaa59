package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.AttestationStatementFormat;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import java.security.SecureRandom;
import java.time.Clock;

/** The ports and settings every command handler shares. */
record AuthenticatorContext(
        AuthenticatorProfile profile,
        AuthenticatorState state,
        SecureRandom random,
        Clock clock,
        UserPresenceCheck user,
        TamperSet tamperings,
        AttestationCa attestationCa,
        AttestationStatementFormat attestation) {

    CredentialResolver resolver() {
        return new CredentialResolver(state);
    }

    SignCounter counter() {
        return new SignCounter(profile.counterMode(), state);
    }

    /** CTAP 2.1 §6.4 remainingDiscoverableCredentials: free slots; none once an imported state overfills them. */
    int remainingDiscoverableCredentials() {
        return Math.max(0, profile.discoverableCredentialCapacity() - state.store().discoverableCount());
    }

    boolean uvAvailable() {
        return user.canVerify(profile.userVerification());
    }

    /** CTAP 2.1 §6.1.2 step 2 / §6.2.2 step 2: no PIN/UV auth protocol is supported, so any pinUvAuthParam is refused. */
    static void checkPinUvAuth(Bytes pinUvAuthParam, Long pinUvAuthProtocol) throws CtapException {
        if (pinUvAuthParam == null) {
            return;
        }
        if (pinUvAuthProtocol == null) {
            throw new CtapException(CtapStatus.CTAP2_ERR_MISSING_PARAMETER, "pinUvAuthParam without pinUvAuthProtocol");
        }
        throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_PARAMETER,
                "pinUvAuthProtocol " + pinUvAuthProtocol + " is not supported");
    }
}
