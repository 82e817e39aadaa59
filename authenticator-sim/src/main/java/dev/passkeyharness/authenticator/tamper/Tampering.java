package dev.passkeyharness.authenticator.tamper;

import dev.passkeyharness.authenticator.data.Ceremony;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A named, deliberate fault: which stage it acts at, in which ceremonies, what it does and the spec rule a correct RP
 * enforces against it.
 */
public record Tampering(
        String name, TamperStage stage, Set<Ceremony> ceremonies, String description, String specRef, TamperAction action) {

    public Tampering {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(specRef, "specRef");
        Objects.requireNonNull(action, "action");
        ceremonies = Set.copyOf(EnumSet.copyOf(ceremonies));
        if (!name.startsWith(stage.prefix() + ".")) {
            throw new IllegalArgumentException("tampering " + name + " must start with " + stage.prefix() + ".");
        }
    }

    public boolean appliesTo(Ceremony ceremony) {
        return ceremonies.contains(ceremony);
    }
}
