package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.ceremony.CeremonyDriver;
import dev.passkeyharness.conformance.ceremony.CeremonyDrivers;
import dev.passkeyharness.conformance.ceremony.TamperingCatalogue;
import dev.passkeyharness.conformance.ceremony.TamperingCatalogues;
import java.util.Objects;

/** What the commands are built with: the browser layer and the tampering catalogue (replaced by fakes in tests). */
record CliContext(CeremonyDriver driver, TamperingCatalogue tamperings) {

    CliContext {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(tamperings, "tamperings");
    }

    static CliContext standard() {
        return new CliContext(CeremonyDrivers.webAuthnClient(), TamperingCatalogues.standard());
    }
}
