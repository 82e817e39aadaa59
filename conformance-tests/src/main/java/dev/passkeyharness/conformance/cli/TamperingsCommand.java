package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authenticator tamperings}: one line per named tampering: name, stage, spec reference, description. */
@Command(name = "tamperings", description = "List every named tampering: name, stage, spec reference, description.")
final class TamperingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Tampering> all = Tamperings.all();
        int nameWidth = all.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        int stageWidth = all.stream().mapToInt(t -> t.stage().prefix().length()).max().orElse(0);
        int refWidth = all.stream().mapToInt(t -> t.specRef().length()).max().orElse(0);
        String format = "%-" + Math.max(nameWidth, 1) + "s  %-" + Math.max(stageWidth, 1) + "s  %-"
                + Math.max(refWidth, 1) + "s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        for (Tampering t : all) {
            out.printf(format, t.name(), t.stage().prefix(), t.specRef(), t.description());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
