package dev.passkeyharness.authenticator.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.structure.PackageAssertions;
import dev.passkeyharness.structure.PackageGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The simulator's packages form layers: the spec data at the bottom uses no other package of ours; attestation,
 * tamper, ctap and client each use only layers below; the CTAPHID layer and its carriers sit on top; and no cycle
 * joins any two packages of the module.
 */
class PackagesTest {

    private static final String BASE = "dev.passkeyharness.authenticator";

    private static final PackageGraph GRAPH = PackageGraph.ofClassesOf(Ctap2Authenticator.class, BASE);

    @Test
    void theModulesPackagesHaveNoCycle() {
        PackageAssertions.assertNoCycle(Ctap2Authenticator.class, BASE);
    }

    @Test
    void specDataUsesNoOtherPackage() {
        assertTrue(GRAPH.edges().containsKey("data"), "no package data under " + BASE + ": " + GRAPH.edges().keySet());
        assertEquals(Set.of(), GRAPH.dependencies("data"), "data uses " + GRAPH.dependencies("data"));
    }

    @Test
    void theStagesDependDownward() {
        // the edges that must be there: the reader saw the classes
        assertTrue(GRAPH.dependencies("client").containsAll(Set.of("ctap", "tamper")),
                "client uses " + GRAPH.dependencies("client"));
        assertTrue(GRAPH.dependencies("ctap").containsAll(Set.of("attestation", "tamper")),
                "ctap uses " + GRAPH.dependencies("ctap"));
        // and those that must not
        assertNoneUsed("attestation", List.of("ctap", "tamper", "client", "profile"));
        assertNoneUsed("tamper", List.of("ctap", "client", "profile"));
        // the fault layer's editing primitives sit below the named tamperings that use them
        assertNoneUsed("tamper.edit", List.of("tamper", "attestation", "ctap", "client", "profile"));
        assertNoneUsed("ctap", List.of("client"));
        // the test PKIs' certificate builders serve the attestation CA and the Metadata Service alike
        assertTrue(GRAPH.dependencies("attestation").contains("pki"), "attestation uses " + GRAPH.dependencies("attestation"));
        assertTrue(GRAPH.dependencies("metadata").contains("pki"), "metadata uses " + GRAPH.dependencies("metadata"));
        assertNoneUsed("pki", List.of("attestation", "metadata", "ctap", "tamper", "client", "profile"));
    }

    @Test
    void theTransportsSitAboveTheAuthenticator() {
        assertTrue(GRAPH.dependencies("transport").contains("hid"), "transport uses " + GRAPH.dependencies("transport"));
        assertTrue(GRAPH.dependencies("hid").contains("ctap"), "hid uses " + GRAPH.dependencies("hid"));
        // CTAPHID knows nothing of sockets, nor of the browser's side
        assertNoneUsed("hid", List.of("transport", "client", "tamper"));
        assertNoneUsed("transport", List.of("client", "tamper"));
        for (String pkg : List.of("ctap", "client", "attestation", "tamper")) {
            assertNoneUsed(pkg, List.of("hid", "transport"));
        }
    }

    private static void assertNoneUsed(String pkg, List<String> above) {
        assertFalse(GRAPH.dependencies(pkg).stream().anyMatch(above::contains),
                pkg + " uses " + GRAPH.dependencies(pkg) + ", none of which may be among " + above);
    }
}
