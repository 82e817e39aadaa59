package dev.passkeyharness.rp.store;

import java.util.UUID;

/** Fresh in-memory H2 databases, one name per test so tests never share rows. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String uniqueMemoryUrl() {
        return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    public static Database openInMemory() {
        return Database.open(uniqueMemoryUrl());
    }
}
