package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import dev.passkeyharness.conformance.target.EndpointProfile;
import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import dev.passkeyharness.conformance.transcript.Replay;
import dev.passkeyharness.conformance.transcript.Transcript;
import dev.passkeyharness.conformance.transcript.TranscriptException;
import dev.passkeyharness.conformance.transcript.Transcripts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replay}: re-runs a recorded (possibly edited) check with its seed and compares with the transcript. */
@Command(name = "replay", description = "Re-run the check of a transcript written by 'run --record' with its seed, "
        + "and compare. Exit 0 if the verdict is the recorded one, 1 if not, 2 if the file is bad.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A transcript; its 'check' may be edited (validated like the catalogue).")
    Path file;

    @Option(names = "--target", paramLabel = "URL", description = "The RP's base URL (default: a fresh embedded RP).")
    String target;

    @Mixin
    TlsOptions tls = new TlsOptions();

    @Override
    public Integer call() {
        Transcript transcript;
        try {
            transcript = Transcripts.read(file);
        } catch (TranscriptException e) {
            throw CliException.badInput(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (RpTarget rp = target(transcript)) {
            Replay.Outcome outcome = Replay.run(transcript, rp);
            CheckResult result = outcome.result();
            out.println("replay " + transcript.check().id() + " (seed " + transcript.seed() + ") against "
                    + rp.description());
            outcome.lines().forEach(out::println);
            out.println("verdict: " + result.verdict() + (result.message().isEmpty() ? "" : " (" + result.message() + ")")
                    + ", recorded " + transcript.verdict());
            if (result.refusal() != null) {
                out.println("refusal: " + result.refusal().describe());
            }
            out.println(outcome.sameVerdict() ? "same verdict" : "verdict differs from the transcript");
            out.flush();
            return outcome.sameVerdict() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        } catch (TargetUnreachableException e) {
            throw CliException.unreachable(e.getMessage());
        }
    }

    private RpTarget target(Transcript transcript) {
        if (target == null) {
            return EmbeddedTarget.start(EndpointChoice.embedded(transcript.profile()));
        }
        EndpointProfile endpoints = EndpointChoice.resolve(transcript.profile());
        try {
            return tls.apply(HttpTarget.of(target, endpoints));
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--target: " + e.getMessage());
        }
    }
}
