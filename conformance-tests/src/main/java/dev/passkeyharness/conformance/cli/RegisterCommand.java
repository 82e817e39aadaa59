package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.DeviceSpecException;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authenticator register}: creates a credential for creation options and prints RegistrationResponseJSON. */
@Command(name = "register", description = "Create a credential: read creation options JSON, print RegistrationResponseJSON, "
        + "save the credential to the state file.")
final class RegisterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CeremonyOptions ceremony;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.Profile.class,
            defaultValue = "security-key", description = "Device profile. Default: ${DEFAULT-VALUE}.")
    AuthenticatorProfile profile = Profiles.SECURITY_KEY;

    @Option(names = "--alg", paramLabel = "NAME", converter = Converters.Algorithm.class,
            description = "Restrict the profile to this algorithm (ES256, ES384, ES512, ES256K, EdDSA, RS256, RS384, "
                    + "RS512, RS1, PS256, PS384, PS512).")
    CoseAlgorithm alg;

    @Option(names = "--attestation", paramLabel = "FMT", converter = Converters.Attestation.class,
            description = "Override the profile's attestation: none, packed-self, packed, fido-u2f, tpm, android-key, "
                    + "apple, android-safetynet (legacy).")
    AttestationFormat attestation;

    @Override
    public Integer call() {
        CeremonyRun run = new CeremonyRun(ceremony, device());
        spec.commandLine().getOut().println(run.create());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The profile with --alg (which it must list) and --attestation applied; a combination it cannot be is bad input. */
    private DeviceSpec device() {
        DeviceSpec out = DeviceSpec.of(profile);
        try {
            if (alg != null) {
                out = out.restrictedToListed(alg);
            }
            if (attestation != null) {
                out = out.attesting(attestation);
            }
        } catch (IllegalArgumentException e) {
            boolean unlisted = e instanceof DeviceSpecException d && d.part() == DeviceSpecException.Part.ALGORITHM;
            throw CliException.badInput(unlisted ? e.getMessage() : "profile " + profile.name() + ": " + e.getMessage());
        }
        return out;
    }
}
