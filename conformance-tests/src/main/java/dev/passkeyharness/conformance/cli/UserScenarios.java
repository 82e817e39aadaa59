package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.scenario.ScenarioLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code run --scenario FILE…}: the user's scenario files as JOURNEY checks; a bad file is bad input (exit 2). */
final class UserScenarios {

    private UserScenarios() {
    }

    /** The files' scenarios as checks; their ids must not repeat those of {@code existing}. */
    static List<Check> checks(List<Path> files, List<Check> existing) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioLoader.loadFiles(files);
        } catch (CatalogueException e) {
            throw CliException.badInput(e.getMessage());
        } catch (UncheckedIOException e) {
            throw CliException.badInput(e.getMessage());
        }
        Map<String, Check> byId = existing.stream()
                .collect(Collectors.toMap(Check::id, Function.identity(), (a, b) -> a));
        for (Scenario scenario : scenarios) {
            Check clash = byId.get(scenario.id());
            if (clash != null) {
                throw CliException.badInput(scenario.source() + ": id '" + scenario.id() + "' is already used by "
                        + (clash.source() == null ? "a built-in check" : clash.source()));
            }
        }
        return scenarios.stream().map(Scenario::toCheck).toList();
    }
}
