package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.DeviceSpecException;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds a check's simulated devices from its setup; an unknown name in the check breaks the check. */
final class Authenticators {

    /**
     * COSE algorithms in the IANA registry (upper case) that a catalogue may name but the authenticator lacks: none
     * since it makes every algorithm CheckParser knows.
     */
    static final Set<String> REGISTERED_BUT_ABSENT = Set.of();

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
        try {
            return DeviceSpec.of(DeviceNames.profile(setup.profile()),
                    Optional.ofNullable(setup.algorithm()).map(DeviceNames::algorithm), modelAaguid(setup),
                    Optional.ofNullable(setup.attestation()).map(DeviceNames::attestation));
        } catch (DeviceSpecException e) {
            throw stop(e);
        }
    }

    private static Optional<Bytes> modelAaguid(Setup setup) {
        if (setup.metadata() == null || Setup.LISTED.equals(setup.metadata())) {
            return Optional.empty();
        }
        return Optional.of(DeviceNames.metadataModel(setup.metadata()).aaguid());
    }

    /** The AAGUID the run's metadata trusts for the setup's device: the profile's own unless a model overrides it. */
    static Bytes trustedAaguid(Setup setup, AuthenticatorProfile device) {
        if (setup.metadata() == null || Setup.LISTED.equals(setup.metadata())) {
            return device.aaguid();
        }
        try {
            return DeviceNames.profile(setup.profile()).aaguid();
        } catch (DeviceSpecException e) {
            return device.aaguid();
        }
    }

    /** How the run reports a device it cannot build: the check errs, naming the bad value. */
    private static CheckStop stop(DeviceSpecException e) {
        switch (e.part()) {
            case PROFILE:
                return CheckStop.errored("unknown authenticator profile '" + e.value() + "'");
            case ALGORITHM:
                return missing(e.value());
            case ATTESTATION:
                return CheckStop.errored("attestation '" + e.value() + "': " + e.getMessage());
            case TAMPERING:
                return CheckStop.errored("unknown tampering '" + e.value() + "'");
            default:
                return CheckStop.errored("unknown " + e.part().noun() + " '" + e.value() + "'");
        }
    }

    /** A COSE algorithm the authenticator cannot make keys for skips the check; a name outside the registry breaks it. */
    private static CheckStop missing(String algorithm) {
        if (REGISTERED_BUT_ABSENT.contains(algorithm.toUpperCase(Locale.ROOT))) {
            return CheckStop.skip("the authenticator cannot make " + algorithm + " credentials");
        }
        return CheckStop.errored("unknown COSE algorithm '" + algorithm + "'");
    }

    /** The check's named tamperings, then its edits that act before signing (client data, authenticator data). */
    static TamperSet tamperings(Check check) {
        List<Tampering> out = new ArrayList<>(tamperings(check.tamperings()).tamperings());
        try {
            out.addAll(EditTamperings.of(check));
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
}
