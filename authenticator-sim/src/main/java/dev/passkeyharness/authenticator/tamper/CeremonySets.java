package dev.passkeyharness.authenticator.tamper;

import dev.passkeyharness.authenticator.data.Ceremony;
import java.util.Set;

/** The ceremony sets the catalogue uses. */
final class CeremonySets {

    static final Set<Ceremony> BOTH = Set.of(Ceremony.REGISTRATION, Ceremony.AUTHENTICATION);
    static final Set<Ceremony> REGISTRATION = Set.of(Ceremony.REGISTRATION);
    static final Set<Ceremony> AUTHENTICATION = Set.of(Ceremony.AUTHENTICATION);

    private CeremonySets() {
    }
}
