package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.MetadataEntry;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.ArrayList;
import java.util.List;

/** Builds a check's simulated authenticators from its setup; an unknown tampering name breaks the check. */
final class Authenticators {

    private Authenticators() {
    }

    /**
     * A fresh, seeded device of this check's run as the setup describes it, with {@code tamperings} active. A check
     * whose device the metadata must know is skipped when the target trusts no CA the runner knows.
     */
    static Ctap2Authenticator fresh(CheckRun run, String role, TamperSet tamperings) {
        if (run.setup().metadata() != null && run.target().attestationCa().isEmpty()) {
            throw CheckStop.skip("needs a target that trusts the run's attestation CA through metadata (the embedded "
                    + "RP, or --target with --state naming the state file 'authenticator metadata' used)");
        }
        return Ctap2Authenticator.builder().profile(profile(run.setup())).seed(run.seed(role))
                .attestationCa(run.attestationCa()).tamperings(tamperings).build();
    }

    /** The same device (credentials, counters, attestation CA) with other tamperings active, for the tested step. */
    static Ctap2Authenticator sameDevice(Ctap2Authenticator device, long seed, TamperSet tamperings) {
        return Ctap2Authenticator.builder().profile(device.profile()).state(device.state())
                .attestationCa(device.attestationCa()).seed(seed).tamperings(tamperings).build();
    }

    static AuthenticatorProfile profile(Setup setup) {
        AuthenticatorProfile profile = setup.profile();
        if (setup.algorithm() != null) {
            profile = profile.withAlgorithms(List.of(setup.algorithm()));
        }
        if (setup.metadata() instanceof MetadataEntry.Model entry) {
            profile = profile.withAaguid(entry.model().aaguid());
        }
        if (setup.attestation() != null) {
            try {
                profile = profile.withAttestation(setup.attestation());
            } catch (IllegalArgumentException e) {
                throw CheckStop.errored("attestation '" + setup.attestation().cliName() + "': " + e.getMessage());
            }
        }
        return profile;
    }

    /** The AAGUID the run's metadata trusts for the setup's device: the profile's own unless a model overrides it. */
    static Bytes trustedAaguid(Setup setup, AuthenticatorProfile device) {
        return setup.metadata() instanceof MetadataEntry.Model ? setup.profile().aaguid() : device.aaguid();
    }

    /** The check's named tamperings, then its edits that act before signing (client data, authenticator data). */
    static TamperSet tamperings(Check.ResponseCheck check) {
        List<Tampering> out = new ArrayList<>(tamperings(check.tamperings()).tamperings());
        try {
            out.addAll(EditTamperings.of(check));
        } catch (IllegalArgumentException e) {
            throw CheckStop.errored(e.getMessage());
        }
        return new TamperSet(out);
    }

    static TamperSet tamperings(List<String> names) {
        List<Tampering> out = new ArrayList<>();
        for (String name : names) {
            out.add(Tamperings.byName(name).orElseThrow(() -> CheckStop.errored("unknown tampering '" + name + "'")));
        }
        return new TamperSet(out);
    }
}
