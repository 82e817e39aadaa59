package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.conformance.catalogue.AuthenticatorSpec;
import dev.passkeyharness.conformance.catalogue.Seeds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's devices in one scenario run, by name: each keeps its credentials and counters across steps. A name
 * the scenario's devices cannot resolve is an {@link IllegalArgumentException} (a DeviceSpecException).
 */
final class Devices {

    private final Map<String, AuthenticatorSpec> specs;
    private final long seed;
    private final Optional<AttestationCa> ca;
    private final Map<String, SimulatedDevice> devices = new HashMap<>();

    /** With a {@code ca}, every device issues its attestation certificates from it (the CA the target trusts). */
    Devices(Map<String, AuthenticatorSpec> specs, long seed, Optional<AttestationCa> ca) {
        this.specs = specs;
        this.seed = seed;
        this.ca = ca;
    }

    /** The device {@code name} for step {@code index}, with {@code tamper} active for this step only. */
    SimulatedDevice forStep(String name, int index, List<String> tamper) {
        SimulatedDevice device = devices.computeIfAbsent(name, this::fresh);
        return device.withTamperings(DeviceNames.tamperings(tamper),
                Seeds.derive(seed, "authenticator", name, "step", Integer.toString(index)));
    }

    private SimulatedDevice fresh(String name) {
        AuthenticatorSpec spec = specs.get(name);
        DeviceSpec device = DeviceNames.spec(spec.profile(), spec.alg(), spec.attestation()).withUser(spec.user())
                .withSeed(Seeds.derive(seed, "authenticator", name));
        return SimulatedDevice.of(ca.map(device::withAttestationCa).orElse(device));
    }
}
