package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.user.SimulatedUser;

/** Asks the simulated person for presence and verification, turning a refusal into the CTAP status. */
final class UserPresenceCheck {

    private final SimulatedUser user;

    UserPresenceCheck(SimulatedUser user) {
        this.user = user;
    }

    void requirePresence() throws CtapException {
        if (user == SimulatedUser.DECLINE) {
            throw new CtapException(CtapStatus.CTAP2_ERR_OPERATION_DENIED, "the user declined");
        }
    }

    boolean canVerify(boolean deviceHasUv) {
        return deviceHasUv && user != SimulatedUser.NO_UV;
    }
}
