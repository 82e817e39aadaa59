package dev.passkeyharness.rp.store;

import java.util.List;
import java.util.Objects;

/** One step of the schema: its version number, what it does, and the statements that do it. */
record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, got " + version);
        }
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
    }
}
