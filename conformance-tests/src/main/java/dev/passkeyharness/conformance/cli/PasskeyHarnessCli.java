package dev.passkeyharness.conformance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code passkey-harness} command: test passkey sign-up and sign-in without hardware. */
@Command(name = "passkey-harness", mixinStandardHelpOptions = true, versionProvider = PasskeyHarnessCli.Version.class,
        description = "Test passkey (WebAuthn/FIDO2) sign-up and sign-in without hardware.",
        footer = "Exit codes: 0 ok, 1 a check failed, 2 bad arguments or input, 3 target unreachable, "
                + "4 the harness could not carry out a check (run; its own error, not the RP's).")
public final class PasskeyHarnessCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // webauthn4j logs through SLF4J and no binding is shipped; keep SLF4J's own notice about that off stderr
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(commandLine(CliContext.standard()).execute(args));
    }

    /** The full command tree with the error boundary installed. */
    static CommandLine commandLine(CliContext context) {
        ErrorBoundary boundary = new ErrorBoundary();
        CommandLine authenticator = new CommandLine(new AuthenticatorCommand())
                .addSubcommand(new RegisterCommand())
                .addSubcommand(new LoginCommand())
                .addSubcommand(new CaCommand())
                .addSubcommand(new MetadataCommand())
                .addSubcommand(new TamperingsCommand())
                .addSubcommand(new AuthenticatorServeCommand());
        CommandLine cli = new CommandLine(new PasskeyHarnessCli())
                .addSubcommand(new RunCommand(context))
                .addSubcommand(new ReplayCommand())
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new ServeCommand())
                .addSubcommand(authenticator);
        cli.setParameterExceptionHandler(boundary);
        cli.setExecutionExceptionHandler(boundary);
        return cli;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: run, replay, list, serve or authenticator (see --help)");
    }

    /** The version from the jar manifest, or "development build" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PasskeyHarnessCli.class.getPackage().getImplementationVersion();
            return new String[] {"passkey-harness " + (version == null ? "(development build)" : version)};
        }
    }
}
