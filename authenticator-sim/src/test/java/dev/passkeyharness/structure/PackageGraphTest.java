package dev.passkeyharness.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A package graph names the first cycle it finds, or none in a layered graph. */
class PackageGraphTest {

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
