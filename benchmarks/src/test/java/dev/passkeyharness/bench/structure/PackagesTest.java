package dev.passkeyharness.bench.structure;

import dev.passkeyharness.bench.AuthenticatorBenchmark;
import dev.passkeyharness.structure.PackageAssertions;
import org.junit.jupiter.api.Test;

/** No cycle joins any two packages of the benchmarks. */
class PackagesTest {

    @Test
    void theModulesPackagesHaveNoCycle() {
        PackageAssertions.assertNoCycle(AuthenticatorBenchmark.class, "dev.passkeyharness.bench");
    }
}
