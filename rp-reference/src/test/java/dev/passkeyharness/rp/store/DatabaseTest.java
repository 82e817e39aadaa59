package dev.passkeyharness.rp.store;

import static dev.passkeyharness.rp.model.AccountRealm.ONBOARDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.model.Account;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private final AccountRepository accounts = new AccountRepository();

    @Test
    void workThatReturnsIsCommitted() {
        try (Database db = TestDatabases.openInMemory()) {
            Account created = db.inTransaction(c -> accounts.create(c, ONBOARDING, "a@example.com", "A", "h1", null, NOW));
            assertEquals(created, db.inTransaction(c -> accounts.findById(c, created.id())).orElseThrow());
        }
    }

    @Test
    void workThatThrowsLeavesNoRowsAndTheExceptionIsRethrown() {
        try (Database db = TestDatabases.openInMemory()) {
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                accounts.create(c, ONBOARDING, "a@example.com", "A", "h1", null, NOW);
                accounts.create(c, ONBOARDING, "b@example.com", "B", "h2", null, NOW);
                throw boom;
            }));
            assertSame(boom, thrown);
            assertEquals(0, db.inTransaction(accounts::countAll));
        }
    }

    @Test
    void anSqlExceptionRollsBackAndArrivesAsAStorageFailure() {
        try (Database db = TestDatabases.openInMemory()) {
            StorageFailureException e = assertThrows(StorageFailureException.class, () -> db.inTransaction(c -> {
                accounts.create(c, ONBOARDING, "a@example.com", "A", "h1", null, NOW);
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
                }
            }));
            assertTrue(e.getCause() instanceof SQLException);
            assertEquals(0, db.inTransaction(accounts::countAll));
        }
    }

    @Test
    void aDuplicateLaterInTheTransactionUndoesTheEarlierWrites() {
        try (Database db = TestDatabases.openInMemory()) {
            db.inTransaction(c -> accounts.create(c, ONBOARDING, "taken@example.com", "T", "h0", null, NOW));
            assertThrows(DuplicateAccountException.class, () -> db.inTransaction(c -> {
                accounts.create(c, ONBOARDING, "new@example.com", "N", "h1", null, NOW);
                return accounts.create(c, ONBOARDING, "taken@example.com", "T2", "h2", null, NOW);
            }));
            assertEquals(1, db.inTransaction(accounts::countAll));
        }
    }

    @Test
    void aFileDatabaseKeepsItsDataAcrossCloseAndReopen(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("rp").toAbsolutePath();
        Account created;
        try (Database db = Database.open(url)) {
            created = db.inTransaction(c -> accounts.create(c, ONBOARDING, "a@example.com", "A", "h1", "hash", NOW));
        }
        try (Database db = Database.open(url)) {
            assertEquals(created, db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "a@example.com")).orElseThrow());
        }
    }

    @Test
    void onlyH2UrlsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> Database.open("jdbc:postgresql://localhost/rp"));
    }

    @Test
    void theDefaultUrlIsAFileDatabase() {
        assertTrue(Database.DEFAULT_URL.startsWith("jdbc:h2:file:"));
    }
}
