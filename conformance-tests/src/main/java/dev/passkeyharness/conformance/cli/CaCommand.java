package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authenticator ca}: writes the attestation CA's certificates, for an RP to trust as its attestation root. */
@Command(name = "ca", description = "Write root.pem and intermediate.pem of the state file's attestation CA "
        + "(creating the state file if missing).")
final class CaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the PEM files into.")
    Path out;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = CeremonyOptions.DEFAULT_STATE,
            description = "Credential state file. Default: ${DEFAULT-VALUE}.")
    Path state;

    @Override
    public Integer call() {
        AuthenticatorSession session =
                AuthenticatorSession.open(state, DeviceSpec.of(Profiles.SECURITY_KEY));
        if (!session.loaded()) {
            session.save();
        }
        try {
            session.device().attestationCa().writePem(out);
        } catch (IOException e) {
            throw CliException.badInput("--out " + out + ": cannot write: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        spec.commandLine().getOut().println(out.resolve("root.pem"));
        spec.commandLine().getOut().println(out.resolve("intermediate.pem"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
