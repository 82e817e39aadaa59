package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.CatalogueSource;
import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import dev.passkeyharness.conformance.report.ReportWriter;
import dev.passkeyharness.conformance.scenario.BuiltInScenarios;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.function.Function;

/** What the commands are built with: the check catalogue and the report writer (other ones in tests). */
record CliContext(CatalogueSource catalogue, Function<PrintWriter, ReportWriter> reports) {

    CliContext {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(reports, "reports");
    }

    static CliContext standard() {
        return new CliContext(defaultCatalogue(), ConsoleReportWriter::new);
    }

    /** The YAML catalogue shipped in the jar, then the built-in onboarding journeys, then the browser journeys. */
    private static CatalogueSource defaultCatalogue() {
        return () -> Stream.of(BuiltInCatalogue.load(), BuiltInScenarios.checks(), BuiltInScenarios.browserChecks())
                .flatMap(List::stream).toList();
    }
}
