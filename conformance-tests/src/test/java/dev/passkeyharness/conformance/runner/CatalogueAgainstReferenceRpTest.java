package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole built-in catalogue against the embedded reference RP: every required check passes. */
class CatalogueAgainstReferenceRpTest {

    @Test
    void everyRequiredCheckPasses() {
        List<Check> catalogue = BuiltInCatalogue.load();
        assertTrue(catalogue.size() >= 150, "at least 150 checks, got " + catalogue.size());
        assertTrue(catalogue.stream().filter(Check::negative).count() >= 110, "at least 110 negative checks");

        RunReport report;
        try (EmbeddedTarget target = EmbeddedTarget.start(Api.CONFORMANCE)) {
            report = new CatalogueRunner().run(catalogue, target, 11, CatalogueRunner.SILENT);
        }
        String failures = report.results().stream().filter(CheckResult::failsRun)
                .map(r -> r.check().id() + ": " + r.message()).collect(Collectors.joining("\n"));
        assertEquals("", failures, "required checks failing against the reference RP");
        assertTrue(report.passed());
        assertEquals(catalogue.size(), report.results().size());
    }
}
