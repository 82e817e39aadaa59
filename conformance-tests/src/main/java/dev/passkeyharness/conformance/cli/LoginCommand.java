package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authenticator login}: signs in with a saved credential and prints AuthenticationResponseJSON. */
@Command(name = "login", description = "Sign in: read request options JSON, print AuthenticationResponseJSON, "
        + "save the updated counters to the state file.")
final class LoginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CeremonyOptions ceremony;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.Profile.class,
            defaultValue = "security-key",
            description = "Device profile (counter mode, user verification); use the one you registered with. "
                    + "Default: ${DEFAULT-VALUE}.")
    AuthenticatorProfile profile = Profiles.SECURITY_KEY;

    @Override
    public Integer call() {
        CeremonyRun run = new CeremonyRun(ceremony, DeviceSpec.of(profile));
        spec.commandLine().getOut().println(run.get());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
