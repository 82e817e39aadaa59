package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.conformance.catalogue.AuthenticatorSpec;
import dev.passkeyharness.conformance.catalogue.Seeds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The person's devices in one scenario run, by name: each keeps its credentials and counters across steps. */
final class Devices {

    private final Map<String, AuthenticatorSpec> specs;
    private final long seed;
    private final Optional<AttestationCa> ca;
    private final Map<String, Ctap2Authenticator> devices = new HashMap<>();

    /** With a {@code ca}, every device issues its attestation certificates from it (the CA the target trusts). */
    Devices(Map<String, AuthenticatorSpec> specs, long seed, Optional<AttestationCa> ca) {
        this.specs = specs;
        this.seed = seed;
        this.ca = ca;
    }

    /** The device {@code name} for step {@code index}, with {@code tamper} active for this step only. */
    Ctap2Authenticator forStep(String name, int index, List<String> tamper) {
        Ctap2Authenticator device = devices.computeIfAbsent(name, this::fresh);
        return Ctap2Authenticator.builder().profile(device.profile()).user(specs.get(name).user())
                .state(device.state()).attestationCa(device.attestationCa())
                .seed(Seeds.derive(seed, "authenticator", name, "step", Integer.toString(index)))
                .tamperings(tamperings(tamper)).build();
    }

    static TamperSet tamperings(List<String> names) {
        return new TamperSet(names.stream().map(n -> Tamperings.byName(n)
                .orElseThrow(() -> new IllegalArgumentException("unknown tampering '" + n + "'"))).toList());
    }

    private Ctap2Authenticator fresh(String name) {
        AuthenticatorSpec spec = specs.get(name);
        Ctap2AuthenticatorBuilder builder = Ctap2Authenticator.builder().profile(profile(spec)).user(spec.user())
                .seed(Seeds.derive(seed, "authenticator", name));
        ca.ifPresent(builder::attestationCa);
        return builder.build();
    }

    private static AuthenticatorProfile profile(AuthenticatorSpec spec) {
        AuthenticatorProfile profile = Profiles.byName(spec.profile())
                .orElseThrow(() -> new IllegalArgumentException("unknown authenticator profile '" + spec.profile() + "'"));
        if (spec.alg() != null) {
            profile = profile.withAlgorithms(List.of(CoseAlgorithm.fromName(spec.alg())
                    .orElseThrow(() -> new IllegalArgumentException("unknown COSE algorithm '" + spec.alg() + "'"))));
        }
        if (spec.attestation() != null) {
            profile = profile.withAttestation(AttestationFormat.fromCliName(spec.attestation()));
        }
        return profile;
    }
}
