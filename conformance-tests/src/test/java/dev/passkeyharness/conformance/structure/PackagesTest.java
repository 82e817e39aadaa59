package dev.passkeyharness.conformance.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.structure.PackageAssertions;
import dev.passkeyharness.structure.PackageGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runner's packages depend one way: catalogue (checks and scenarios as data) ← scenario (loading and walking
 * journeys) ← runner (running checks), and no cycle joins any two packages of the module. Inside the runner, its four
 * jobs are layered: orchestration (the runner package itself) ← ceremony steps ← judging, and the steps use response
 * editing.
 */
class PackagesTest {

    private static final String BASE = "dev.passkeyharness.conformance";

    private static final PackageGraph GRAPH = PackageGraph.ofClassesOf(Check.class, BASE);

    @Test
    void theModulesPackagesHaveNoCycle() {
        PackageAssertions.assertNoCycle(Check.class, BASE);
    }

    @Test
    void catalogueScenarioAndRunnerDependOneWay() {
        // the edges that must be there: the reader saw the classes
        assertTrue(GRAPH.dependencies("runner").containsAll(Set.of("catalogue", "scenario", "target")),
                "runner uses " + GRAPH.dependencies("runner"));
        assertTrue(GRAPH.dependencies("scenario").contains("catalogue"), "scenario uses " + GRAPH.dependencies("scenario"));
        // and those that must not
        assertFalse(GRAPH.dependencies("catalogue").contains("scenario"), "catalogue uses scenario");
        assertFalse(GRAPH.dependencies("catalogue").contains("runner"), "catalogue uses runner");
        assertFalse(GRAPH.dependencies("scenario").contains("runner"), "scenario uses runner");
    }

    @Test
    void theRunnersJobsAreLayered() {
        PackageGraph runner = PackageGraph.withBaseClassesOf(Check.class, BASE + ".runner");
        String orchestration = PackageGraph.BASE_CLASSES;

        assertTrue(runner.dependencies(orchestration).containsAll(Set.of("step", "judge")),
                "orchestration uses " + runner.dependencies(orchestration));
        assertTrue(runner.dependencies("step").containsAll(Set.of("judge", "edit")),
                "steps use " + runner.dependencies("step"));
        assertFalse(runner.dependencies("step").contains(orchestration), "steps use the orchestration");
        for (String lower : List.of("judge", "edit")) {
            assertTrue(runner.dependencies(lower).stream().noneMatch(Set.of(orchestration, "step")::contains),
                    lower + " uses " + runner.dependencies(lower));
        }
        assertFalse(runner.dependencies("judge").contains("edit"), "judging uses response editing");
        assertTrue(runner.cycle().isEmpty(), "cycle " + runner.cycle());
    }
}
