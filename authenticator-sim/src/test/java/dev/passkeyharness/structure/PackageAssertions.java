package dev.passkeyharness.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

/** The structure assertions every module makes about its own packages. */
public final class PackageAssertions {

    private PackageAssertions() {
    }

    /**
     * Asserts that no cycle joins two sub-packages of {@code base} in the module whose compiled classes hold
     * {@code member}, and returns that module's graph for further checks.
     */
    public static PackageGraph assertNoCycle(Class<?> member, String base) {
        PackageGraph graph = PackageGraph.ofClassesOf(member, base);
        assertFalse(graph.edges().isEmpty(), "the reader saw no package under " + base);
        assertEquals(Optional.empty(), graph.cycle(), "package cycle in " + base + ": " + graph.edges());
        return graph;
    }
}
