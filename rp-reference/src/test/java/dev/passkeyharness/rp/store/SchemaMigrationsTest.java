package dev.passkeyharness.rp.store;

import static dev.passkeyharness.rp.model.AccountRealm.CONFORMANCE;
import static dev.passkeyharness.rp.model.AccountRealm.ONBOARDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    @Test
    void freshDatabaseIsAtTheLatestVersion() {
        try (Database db = TestDatabases.openInMemory()) {
            assertEquals(SchemaMigrations.latestVersion(), db.inTransaction(SchemaMigrations::currentVersion));
            assertEquals(List.of("ACCOUNT", "PASSKEY", "SCHEMA_VERSION"), db.inTransaction(c -> {
                List<String> tables = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'"
                                + " ORDER BY table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                return tables;
            }));
        }
    }

    @Test
    void migratingTwiceIsANoOp() {
        String url = TestDatabases.uniqueMemoryUrl();
        try (Database db = Database.open(url)) {
            db.inTransaction(c -> new AccountRepository().create(c, ONBOARDING, "a@example.com", "A", "h1", null, NOW));
            int version = db.inTransaction(c -> SchemaMigrations.migrate(c, NOW));
            assertEquals(SchemaMigrations.latestVersion(), version);
            try (Database again = Database.open(url)) {
                int accounts = again.inTransaction(c -> new AccountRepository().countAll(c));
                assertEquals(1, accounts);
                int versionRows = again.inTransaction(c -> {
                    try (Statement s = c.createStatement();
                            ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                        rows.next();
                        return rows.getInt(1);
                    }
                });
                assertEquals(SchemaMigrations.MIGRATIONS.size(), versionRows);
            }
        }
    }

    @Test
    void aDatabaseNewerThanTheCodeIsRefused() {
        String url = TestDatabases.uniqueMemoryUrl();
        try (Database db = Database.open(url)) {
            int future = SchemaMigrations.latestVersion() + 1;
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version VALUES (" + future
                            + ", 'from the future', CURRENT_TIMESTAMP)");
                }
            });
            SchemaVersionException e = assertThrows(SchemaVersionException.class, () -> Database.open(url));
            assertEquals(future, e.databaseVersion());
            assertEquals(SchemaMigrations.latestVersion(), e.knownVersion());
            assertTrue(e.getMessage().contains("schema version " + future), e.getMessage());
        }
    }

    @Test
    void migrationVersionsAreConsecutiveFromOne() {
        for (int i = 0; i < SchemaMigrations.MIGRATIONS.size(); i++) {
            assertEquals(i + 1, SchemaMigrations.MIGRATIONS.get(i).version());
        }
    }

    @Test
    void version2PutsPasswordlessAccountsInTheConformanceRealmAndFreesTheirNamesForSignUp() throws Exception {
        String url = TestDatabases.uniqueMemoryUrl();
        try (Connection v1 = DriverManager.getConnection(url, "sa", "")) {
            // a database as version 1 left it: one signed-up account, one made by the conformance API
            try (Statement s = v1.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, description VARCHAR(255) NOT NULL,"
                        + " applied_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)");
                for (String sql : SchemaMigrations.MIGRATIONS.get(0).statements()) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (1, 'accounts and passkeys', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO account (username, display_name, user_handle, password_hash, created_at)"
                        + " VALUES ('ann@example.com', 'Ann', 'h1', '$argon2id$x', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO account (username, display_name, user_handle, password_hash, created_at)"
                        + " VALUES ('bob@example.com', 'Bob', 'h2', NULL, CURRENT_TIMESTAMP)");
            }
            try (Database db = Database.open(url)) {
                AccountRepository accounts = new AccountRepository();
                assertEquals(SchemaMigrations.latestVersion(), db.inTransaction(SchemaMigrations::currentVersion));
                assertEquals(ONBOARDING, db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING,
                        "ann@example.com")).orElseThrow().realm());
                assertTrue(db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "bob@example.com")).isEmpty());
                assertEquals(CONFORMANCE, db.inTransaction(c -> accounts.findByUsername(c, CONFORMANCE,
                        "bob@example.com")).orElseThrow().realm());
                // Bob can now sign up for real under his own email
                db.inTransaction(c -> accounts.create(c, ONBOARDING, "bob@example.com", "Bob", "h3", "$argon2id$y",
                        NOW));
                assertEquals(3, db.inTransaction(accounts::countAll));
            }
        }
    }
}
