package dev.passkeyharness.authenticator.device;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import java.util.Objects;

/**
 * One simulated device, both halves built from one {@link DeviceSpec}: the CTAP2 authenticator and, for any page's
 * origin, the WebAuthn client in front of it, with the spec's tamperings active at both.
 */
public final class SimulatedDevice {

    private final DeviceSpec spec;
    private final Ctap2Authenticator authenticator;

    private SimulatedDevice(DeviceSpec spec, Ctap2Authenticator authenticator) {
        this.spec = spec;
        this.authenticator = authenticator;
    }

    public static SimulatedDevice of(DeviceSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Ctap2AuthenticatorBuilder builder = Ctap2Authenticator.builder().profile(spec.profile()).user(spec.user())
                .tamperings(spec.tamperings());
        spec.seed().ifPresent(builder::seed);
        spec.attestationCa().ifPresent(builder::attestationCa);
        spec.state().ifPresent(builder::state);
        return new SimulatedDevice(spec, builder.build());
    }

    /** The spec this device was built from (its state, if any, is the one it started with). */
    public DeviceSpec spec() {
        return spec;
    }

    public Ctap2Authenticator authenticator() {
        return authenticator;
    }

    /** The browser on a page of {@code origin} in front of this device, applying the device's client tamperings. */
    public WebAuthnClient client(String origin) {
        return WebAuthnClient.builder(authenticator, origin).tamperings(spec.tamperings()).build();
    }

    public AuthenticatorProfile profile() {
        return authenticator.profile();
    }

    /** The device's credentials, wrapping key and global counter as they are now. */
    public AuthenticatorState state() {
        return authenticator.state();
    }

    public AttestationCa attestationCa() {
        return authenticator.attestationCa();
    }

    /** What the credential state file keeps of this device. */
    public SavedAuthenticator saved() {
        return new SavedAuthenticator(state(), attestationCa());
    }

    /**
     * This same device (credentials, counters, attestation CA, person) with {@code tamperings} active instead, and
     * its randomness from {@code seed}, for one step.
     */
    public SimulatedDevice withTamperings(TamperSet tamperings, long seed) {
        return of(spec.withTamperings(tamperings).withSeed(seed).withAttestationCa(attestationCa())
                .continuingFrom(state()));
    }
}
