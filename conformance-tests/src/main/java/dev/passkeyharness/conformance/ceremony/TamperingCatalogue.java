package dev.passkeyharness.conformance.ceremony;

import dev.passkeyharness.authenticator.tamper.Tampering;
import java.util.List;
import java.util.Optional;

/** The named tamperings the CLI can apply and list. {@link TamperingCatalogues#standard()} supplies the real one. */
public interface TamperingCatalogue {

    List<Tampering> all();

    default Optional<Tampering> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
