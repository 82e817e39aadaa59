package dev.passkeyharness.conformance.ceremony;

import java.util.List;

/** Where the CLI gets its {@link TamperingCatalogue}: the one place the tampering catalogue is wired in. */
public final class TamperingCatalogues {

    private TamperingCatalogues() {
    }

    /**
     * The catalogue of {@code dev.passkeyharness.authenticator.tamper.Tamperings}.
     *
     * <p>WIRING: until that class is merged this is empty (so every --tamper name is refused as unknown). After the
     * merge, replace the body with:
     * <pre>{@code
     * return new TamperingCatalogue() {
     *     public List<Tampering> all() { return List.copyOf(Tamperings.all()); }
     *     public Optional<Tampering> byName(String name) { return Tamperings.byName(name); }
     * };
     * }</pre>
     */
    public static TamperingCatalogue standard() {
        return List::of;
    }
}
