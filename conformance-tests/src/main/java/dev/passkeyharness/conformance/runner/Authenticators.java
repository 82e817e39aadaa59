package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.ArrayList;
import java.util.List;

/** Builds a check's simulated authenticators from its setup; an unknown name in the check breaks the check. */
final class Authenticators {

    private Authenticators() {
    }

    /** A fresh, seeded device as the setup describes it, with {@code tamperings} active. */
    static Ctap2Authenticator fresh(Setup setup, long seed, TamperSet tamperings) {
        return Ctap2Authenticator.builder().profile(profile(setup)).seed(seed).tamperings(tamperings).build();
    }

    /** The same device (credentials, counters, attestation CA) with other tamperings active, for the tested step. */
    static Ctap2Authenticator sameDevice(Ctap2Authenticator device, long seed, TamperSet tamperings) {
        return Ctap2Authenticator.builder().profile(device.profile()).state(device.state())
                .attestationCa(device.attestationCa()).seed(seed).tamperings(tamperings).build();
    }

    static AuthenticatorProfile profile(Setup setup) {
        AuthenticatorProfile profile = Profiles.byName(setup.profile())
                .orElseThrow(() -> CheckStop.broken("unknown authenticator profile '" + setup.profile() + "'"));
        if (setup.algorithm() != null) {
            CoseAlgorithm alg = CoseAlgorithm.fromName(setup.algorithm())
                    .orElseThrow(() -> CheckStop.broken("unknown COSE algorithm '" + setup.algorithm() + "'"));
            profile = profile.withAlgorithms(List.of(alg));
        }
        if (setup.attestation() != null) {
            try {
                profile = profile.withAttestation(AttestationFormat.fromCliName(setup.attestation()));
            } catch (IllegalArgumentException e) {
                throw CheckStop.broken("attestation '" + setup.attestation() + "': " + e.getMessage());
            }
        }
        return profile;
    }

    static TamperSet tamperings(List<String> names) {
        List<Tampering> out = new ArrayList<>();
        for (String name : names) {
            out.add(Tamperings.byName(name).orElseThrow(() -> CheckStop.broken("unknown tampering '" + name + "'")));
        }
        return new TamperSet(out);
    }
}
