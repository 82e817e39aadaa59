package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.Check;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;

/** {@code list}: every check with its id, ceremony, level, expected outcome and spec reference. */
@Command(name = "list", description = "List every check: id, ceremony, level, expected outcome, spec reference.")
final class ListCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Check> checks;
        try {
            checks = context.catalogue().load();
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("catalogue: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = StrictJson.mapper().createArrayNode();
            for (Check c : checks) {
                array.addObject().put("id", c.id()).put("title", c.title()).put("ceremony", c.ceremony().name())
                        .put("level", c.level().name()).put("expected", c.expected().name()).put("specRef", c.specRef());
            }
            out.println(array.toPrettyString());
        } else {
            int width = checks.stream().mapToInt(c -> c.id().length()).max().orElse(2);
            for (Check c : checks) {
                out.printf("%-" + width + "s  %-14s  %-8s  %-8s  %s%n", c.id(), c.ceremony(), c.level(), c.expected(),
                        c.specRef());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
