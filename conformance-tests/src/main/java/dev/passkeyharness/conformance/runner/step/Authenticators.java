package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.DeviceSpecException;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.MetadataEntry;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.runner.edit.CheckEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a check's simulated devices from its typed setup; a device the harness cannot build breaks the check. */
final class Authenticators {

    private Authenticators() {
    }

    /**
     * A fresh, seeded device of this check's run as the setup describes it, with {@code tamperings} active. A check
     * whose device the metadata must know is skipped when the target trusts no CA the runner knows.
     */
    static SimulatedDevice fresh(CheckRun run, String role, TamperSet tamperings) {
        if (run.setup().metadata() != null && run.target().attestationCa().isEmpty()) {
            throw CheckStop.skip("needs a target that trusts the run's attestation CA through metadata (the embedded "
                    + "RP, or --target with --state naming the state file 'authenticator metadata' used)");
        }
        return SimulatedDevice.of(spec(run.setup()).withSeed(run.seed(role)).withAttestationCa(run.attestationCa())
                .withTamperings(tamperings));
    }

    /** The device model the setup describes: its profile, algorithm, metadata model's AAGUID and attestation. */
    static DeviceSpec spec(Setup setup) {
        Optional<Bytes> aaguid = setup.metadata() instanceof MetadataEntry.Model entry
                ? Optional.of(entry.model().aaguid()) : Optional.empty();
        try {
            return DeviceSpec.of(setup.profile(), Optional.ofNullable(setup.algorithm()), aaguid,
                    Optional.ofNullable(setup.attestation()));
        } catch (DeviceSpecException e) {
            throw stop(e);
        }
    }

    /** The AAGUID the run's metadata trusts for the setup's device: the profile's own unless a model overrides it. */
    static Bytes trustedAaguid(Setup setup, AuthenticatorProfile device) {
        return setup.metadata() instanceof MetadataEntry.Model ? setup.profile().aaguid() : device.aaguid();
    }

    /** The check's named tamperings, then its edits that act before signing (client data, authenticator data). */
    static TamperSet tamperings(Check.ResponseCheck check) {
        List<Tampering> out = new ArrayList<>(tamperings(check.tamperings()).tamperings());
        try {
            out.addAll(CheckEdits.beforeSigning(check));
        } catch (IllegalArgumentException e) {
            throw CheckStop.errored(e.getMessage());
        }
        return new TamperSet(out);
    }

    static TamperSet tamperings(List<String> names) {
        try {
            return DeviceNames.tamperings(names);
        } catch (DeviceSpecException e) {
            throw stop(e);
        }
    }

    /** How the run reports a device it cannot build: the check errs, naming the bad value. */
    private static CheckStop stop(DeviceSpecException e) {
        return switch (e.part()) {
            case ATTESTATION -> CheckStop.errored("attestation '" + e.value() + "': " + e.getMessage());
            case TAMPERING -> CheckStop.errored("unknown tampering '" + e.value() + "'");
            default -> CheckStop.errored(e.getMessage());
        };
    }
}
