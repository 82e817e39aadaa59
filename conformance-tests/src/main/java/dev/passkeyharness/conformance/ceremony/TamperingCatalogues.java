package dev.passkeyharness.conformance.ceremony;

import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.util.List;
import java.util.Optional;

/** Where the CLI gets its {@link TamperingCatalogue}: the one place the tampering catalogue is wired in. */
public final class TamperingCatalogues {

    private TamperingCatalogues() {
    }

    /** The catalogue of {@link Tamperings}. */
    public static TamperingCatalogue standard() {
        return new TamperingCatalogue() {
            @Override
            public List<Tampering> all() {
                return List.copyOf(Tamperings.all());
            }

            @Override
            public Optional<Tampering> byName(String name) {
                return Tamperings.byName(name);
            }
        };
    }
}
