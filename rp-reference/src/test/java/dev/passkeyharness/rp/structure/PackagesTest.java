package dev.passkeyharness.rp.structure;

import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.structure.PackageAssertions;
import org.junit.jupiter.api.Test;

/** No cycle joins any two packages of the reference RP. */
class PackagesTest {

    @Test
    void theModulesPackagesHaveNoCycle() {
        PackageAssertions.assertNoCycle(ReferenceRp.class, "dev.passkeyharness.rp");
    }
}
