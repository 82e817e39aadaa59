package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.selftest.SelfTest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run}: until the conformance runner exists, the self-test: every profile, algorithm and attestation format
 * registers and signs in against an in-process webauthn4j verifier.
 */
@Command(name = "run", description = "Self-test: every profile x algorithm x attestation format registers and signs in "
        + "twice against an in-process verifier (webauthn4j). Exit 0 only if all pass.")
final class RunCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", description = "Make every authenticator repeatable.")
    Long seed;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SelfTest.Summary summary = new SelfTest(context.driver(), seed).run(spec.commandLine().getOut());
        return summary.allPassed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
