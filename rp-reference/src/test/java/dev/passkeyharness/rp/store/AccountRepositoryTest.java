package dev.passkeyharness.rp.store;

import static dev.passkeyharness.rp.model.AccountRealm.CONFORMANCE;
import static dev.passkeyharness.rp.model.AccountRealm.ONBOARDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.model.Account;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountRepositoryTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05.123456789Z");
    private final Database db = TestDatabases.openInMemory();
    private final AccountRepository accounts = new AccountRepository();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createdAccountsAreFoundByUsernameIdAndUserHandle() {
        Account alice = db.inTransaction(c -> accounts.create(c, ONBOARDING, "alice@example.com", "Alice", "aH", "$argon2id$x", NOW));
        Account bob = db.inTransaction(c -> accounts.create(c, ONBOARDING, "bob@example.com", "Bob", "bH", null, NOW));

        assertNotEquals(alice.id(), bob.id());
        assertEquals(new Account(alice.id(), ONBOARDING, "alice@example.com", "Alice", "aH", "$argon2id$x", NOW), alice);
        assertEquals(Optional.of(alice), db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "alice@example.com")));
        assertEquals(Optional.of(alice), db.inTransaction(c -> accounts.findById(c, alice.id())));
        assertEquals(Optional.of(bob), db.inTransaction(c -> accounts.findByUserHandle(c, ONBOARDING, "bH")));
        assertFalse(db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "bob@example.com")).orElseThrow().hasPassword());
    }

    @Test
    void missingAccountsAreEmpty() {
        assertTrue(db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "nobody@example.com")).isEmpty());
        assertTrue(db.inTransaction(c -> accounts.findById(c, 42)).isEmpty());
        assertTrue(db.inTransaction(c -> accounts.findByUserHandle(c, ONBOARDING, "nope")).isEmpty());
    }

    @Test
    void aTakenUsernameIsRefusedWithATypedException() {
        Account first = db.inTransaction(c -> accounts.create(c, ONBOARDING, "alice@example.com", "Alice", "h1", "x", NOW));
        DuplicateAccountException e = assertThrows(DuplicateAccountException.class,
                () -> db.inTransaction(c -> accounts.create(c, ONBOARDING, "alice@example.com", "Other", "h2", "y", NOW)));
        assertEquals("alice@example.com", e.username());
        assertEquals(1, db.inTransaction(accounts::countAll));
        assertEquals(Optional.of(first), db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "alice@example.com")));
    }

    @Test
    void aTakenUserHandleIsAStorageFailureNotADuplicateAccount() {
        db.inTransaction(c -> accounts.create(c, ONBOARDING, "alice@example.com", "Alice", "same", null, NOW));
        assertThrows(StorageFailureException.class,
                () -> db.inTransaction(c -> accounts.create(c, ONBOARDING, "bob@example.com", "Bob", "same", null, NOW)));
    }

    @Test
    void aUsernameOfOneRealmIsUnknownToTheOtherAndFreeThere() {
        Account member = db.inTransaction(c -> accounts.create(c, ONBOARDING, "eve@example.com", "Eve", "eH", "x", NOW));

        assertTrue(db.inTransaction(c -> accounts.findByUsername(c, CONFORMANCE, "eve@example.com")).isEmpty());
        assertTrue(db.inTransaction(c -> accounts.findByUserHandle(c, CONFORMANCE, "eH")).isEmpty());
        Account tester = db.inTransaction(c -> accounts.create(c, CONFORMANCE, "eve@example.com", "Eve", "tH", null,
                NOW));

        assertNotEquals(member.id(), tester.id());
        assertEquals(Optional.of(member), db.inTransaction(c -> accounts.findByUsername(c, ONBOARDING, "eve@example.com")));
        assertEquals(Optional.of(tester), db.inTransaction(c -> accounts.findByUsername(c, CONFORMANCE, "eve@example.com")));
        assertEquals(CONFORMANCE, db.inTransaction(c -> accounts.findById(c, tester.id())).orElseThrow().realm());
        assertThrows(DuplicateAccountException.class, () -> db.inTransaction(c -> accounts.create(c, CONFORMANCE,
                "eve@example.com", "Again", "t2", null, NOW)));
    }
}
