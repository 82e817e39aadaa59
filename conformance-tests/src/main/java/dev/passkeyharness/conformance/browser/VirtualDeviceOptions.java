package dev.passkeyharness.conformance.browser;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Chrome's virtual authenticator configured like one of our profiles: protocol, transport, resident keys, user
 * verification, whether the person consents, and the backup flags Chrome puts in authenticator data.
 */
public final class VirtualDeviceOptions extends VirtualAuthenticatorOptions {

    private final boolean backupEligible;
    private final boolean backupState;

    private VirtualDeviceOptions(boolean backupEligible, boolean backupState) {
        this.backupEligible = backupEligible;
        this.backupState = backupState;
    }

    /** The options for a device of {@code profile} held by a person who answers as {@code user}. */
    public static VirtualDeviceOptions of(AuthenticatorProfile profile, SimulatedUser user) {
        VirtualDeviceOptions options = new VirtualDeviceOptions(profile.backupEligible(), profile.backupState());
        options.setProtocol(profile.attestation() == AttestationFormat.FIDO_U2F
                ? Protocol.U2F : Protocol.CTAP2);
        options.setTransport(transport(profile));
        options.setHasResidentKey(profile.residentKeys());
        options.setHasUserVerification(profile.userVerification());
        options.setIsUserVerified(profile.userVerification() && user != SimulatedUser.NO_UV);
        options.setIsUserConsenting(user != SimulatedUser.DECLINE);
        return options;
    }

    /** Chrome's own members for the BE and BS flags (WebAuthn L3 §6.1), beside the W3C ones. */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new HashMap<>(super.toMap());
        map.put("defaultBackupEligibility", backupEligible);
        map.put("defaultBackupState", backupState);
        return map;
    }

    private static Transport transport(AuthenticatorProfile profile) {
        if (profile.transports().contains("internal")) {
            return Transport.INTERNAL;
        }
        if (profile.transports().contains("nfc") && !profile.transports().contains("usb")) {
            return Transport.NFC;
        }
        if (profile.transports().contains("ble") && !profile.transports().contains("usb")) {
            return Transport.BLE;
        }
        return Transport.USB;
    }
}
