package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogueRunnerTest {

    private static EmbeddedTarget target;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.start(Api.CONFORMANCE);
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void builtInChecksPassAgainstTheReferenceRp() {
        RunReport report = new CatalogueRunner().run(new BuiltInChecks().load(), target, 7, new CatalogueRunner.Listener() {
            @Override
            public void onResult(int index, CheckResult r) {
                System.out.println(index + " " + r.check().id() + " " + r.verdict() + " " + r.message() + " " + r.warnings() + " " + r.millis());
            }
        });
        assertEquals(0, report.count(Verdict.FAIL));
    }
}
