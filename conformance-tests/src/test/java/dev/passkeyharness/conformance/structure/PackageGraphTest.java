package dev.passkeyharness.conformance.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.Check;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runner's packages depend one way: catalogue (checks and scenarios as data) ← scenario (loading and walking
 * journeys) ← runner (running checks), and no cycle joins any two packages of the module.
 */
class PackageGraphTest {

    private static final String BASE = "dev.passkeyharness.conformance";

    private static PackageGraph compiled() throws URISyntaxException {
        Path classes = Path.of(Check.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return PackageGraph.read(classes, BASE);
    }

    @Test
    void theModulesPackagesHaveNoCycle() throws URISyntaxException {
        PackageGraph graph = compiled();

        assertEquals(Optional.empty(), graph.cycle(), "package cycle in " + BASE + ": " + graph.edges());
    }

    @Test
    void catalogueScenarioAndRunnerDependOneWay() throws URISyntaxException {
        PackageGraph graph = compiled();

        // the edges that must be there: the reader saw the classes
        assertTrue(graph.dependencies("runner").containsAll(Set.of("catalogue", "scenario", "target")),
                "runner uses " + graph.dependencies("runner"));
        assertTrue(graph.dependencies("scenario").contains("catalogue"), "scenario uses " + graph.dependencies("scenario"));
        // and those that must not
        assertFalse(graph.dependencies("catalogue").contains("scenario"), "catalogue uses scenario");
        assertFalse(graph.dependencies("catalogue").contains("runner"), "catalogue uses runner");
        assertFalse(graph.dependencies("scenario").contains("runner"), "scenario uses runner");
    }

    @Test
    void aCycleIsFoundAndNamed() {
        PackageGraph graph = new PackageGraph(Map.of(
                "runner", Set.of("catalogue", "scenario"),
                "scenario", Set.of("catalogue", "target"),
                "catalogue", Set.of("scenario"),
                "target", Set.of()));

        assertEquals(Optional.of(List.of("catalogue", "scenario", "catalogue")), graph.cycle());
    }

    @Test
    void aLayeredGraphHasNoCycle() {
        PackageGraph graph = new PackageGraph(Map.of(
                "runner", Set.of("catalogue", "scenario", "target"),
                "scenario", Set.of("catalogue", "target"),
                "catalogue", Set.of()));

        assertEquals(Optional.empty(), graph.cycle());
    }
}
