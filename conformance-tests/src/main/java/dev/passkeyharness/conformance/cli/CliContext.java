package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.CatalogueSource;
import dev.passkeyharness.conformance.ceremony.CeremonyDriver;
import dev.passkeyharness.conformance.ceremony.CeremonyDrivers;
import dev.passkeyharness.conformance.ceremony.TamperingCatalogue;
import dev.passkeyharness.conformance.ceremony.TamperingCatalogues;
import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import dev.passkeyharness.conformance.report.ReportWriter;
import dev.passkeyharness.conformance.scenario.BuiltInScenarios;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the commands are built with: the browser layer, the tampering catalogue, the check catalogue and the report
 * writer (replaced by fakes in tests).
 */
record CliContext(CeremonyDriver driver, TamperingCatalogue tamperings, CatalogueSource catalogue,
        Function<PrintWriter, ReportWriter> reports) {

    CliContext {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(tamperings, "tamperings");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(reports, "reports");
    }

    CliContext(CeremonyDriver driver, TamperingCatalogue tamperings) {
        this(driver, tamperings, defaultCatalogue(), ConsoleReportWriter::new);
    }

    static CliContext standard() {
        return new CliContext(CeremonyDrivers.webAuthnClient(), TamperingCatalogues.standard());
    }

    /** The YAML catalogue shipped in the jar, then the built-in onboarding journeys, then the browser journeys. */
    private static CatalogueSource defaultCatalogue() {
        return () -> Stream.of(BuiltInCatalogue.load(), BuiltInScenarios.checks(), BuiltInScenarios.browserChecks())
                .flatMap(List::stream).toList();
    }
}
