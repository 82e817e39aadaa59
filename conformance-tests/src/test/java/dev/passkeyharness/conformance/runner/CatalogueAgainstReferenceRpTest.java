package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole built-in catalogue against the embedded reference RP: every required check passes. */
class CatalogueAgainstReferenceRpTest {

    @Test
    void everyRequiredCheckPassesWithChecksRunningSideBySide() {
        List<Check> catalogue = BuiltInCatalogue.load();
        assertTrue(catalogue.size() >= 150, "at least 150 checks, got " + catalogue.size());
        assertTrue(catalogue.stream().filter(Check::negative).count() >= 110, "at least 110 negative checks");

        RunReport report;
        try (EmbeddedTarget target = EmbeddedTarget.start(Api.CONFORMANCE)) {
            // two at a time, as `run` does on two cores: checks must not disturb each other on a shared RP
            report = new CatalogueRunner(2).run(catalogue, target, 11, CatalogueRunner.SILENT);
        }
        String failures = report.results().stream().filter(CheckResult::failsRun)
                .map(r -> r.check().id() + ": " + r.message()).collect(Collectors.joining("\n"));
        assertEquals("", failures, "required checks failing against the reference RP");
        assertTrue(report.passed());
        assertEquals(catalogue.stream().map(Check::id).toList(),
                report.results().stream().map(r -> r.check().id()).toList(), "results in catalogue order");
    }
}
