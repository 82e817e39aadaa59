package dev.passkeyharness.conformance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authenticator}: the simulated authenticator on the command line. */
@Command(name = "authenticator", description = "Use the simulated authenticator directly: register, login, ca, metadata, tamperings, serve.")
final class AuthenticatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: register, login, ca, metadata, tamperings or serve");
    }
}
