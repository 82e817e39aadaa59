package dev.passkeyharness.rp.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.Passkey;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasskeyRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.000000001Z");
    private static final String AAGUID = "00000000-0000-0000-0000-000000000000";

    private final Database db = TestDatabases.openInMemory();
    private final AccountRepository accounts = new AccountRepository();
    private final PasskeyRepository passkeys = new PasskeyRepository();
    private Account alice;
    private Account bob;

    @BeforeEach
    void createAccounts() {
        alice = db.inTransaction(c -> accounts.create(c, "alice@example.com", "Alice", "aH", null, T0));
        bob = db.inTransaction(c -> accounts.create(c, "bob@example.com", "Bob", "bH", null, T0));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Passkey passkey(String id, long accountId, Instant createdAt, List<String> transports) {
        return new Passkey(id, accountId, new byte[] {(byte) 0xa5, 1, 2, 3, -1}, 7, AAGUID, transports, false, true,
                false, "packed", createdAt, null, "Key " + id);
    }

    private void insert(Passkey passkey) {
        db.inTransaction(c -> {
            passkeys.insert(c, passkey);
            return null;
        });
    }

    private boolean delete(Account owner, String credentialId) {
        return db.inTransaction(c -> passkeys.delete(c, owner.id(), credentialId));
    }

    @Test
    void anInsertedPasskeyIsFoundWithEveryField() {
        Passkey stored = passkey("cred-1", alice.id(), T0, List.of("usb", "nfc", "hybrid"));
        insert(stored);
        Passkey found = db.inTransaction(c -> passkeys.find(c, "cred-1")).orElseThrow();
        assertEquals(stored, found);
        assertArrayEquals(stored.publicKeyCose(), found.publicKeyCose());
        assertEquals(List.of("usb", "nfc", "hybrid"), found.transports());
    }

    @Test
    void noTransportsRoundTripsAsAnEmptyList() {
        insert(passkey("cred-1", alice.id(), T0, List.of()));
        assertEquals(List.of(), db.inTransaction(c -> passkeys.find(c, "cred-1")).orElseThrow().transports());
    }

    @Test
    void aTransportWithACommaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> insert(passkey("c", alice.id(), T0, List.of("us,b"))));
        assertEquals(0, db.inTransaction(passkeys::countAll));
    }

    @Test
    void credentialIdsAreCaseSensitive() {
        insert(passkey("AbC", alice.id(), T0, List.of()));
        assertTrue(db.inTransaction(c -> passkeys.find(c, "abc")).isEmpty());
        insert(passkey("abc", alice.id(), T0, List.of()));
        assertEquals(2, db.inTransaction(passkeys::countAll));
    }

    @Test
    void listForAccountIsOldestFirstAndOnlyTheAccounts() {
        insert(passkey("late", alice.id(), T0.plusSeconds(20), List.of()));
        insert(passkey("early", alice.id(), T0, List.of()));
        insert(passkey("middle", alice.id(), T0.plusSeconds(10), List.of()));
        insert(passkey("bobs", bob.id(), T0.plusSeconds(5), List.of()));

        assertEquals(List.of("early", "middle", "late"), db.inTransaction(c -> passkeys.listForAccount(c, alice.id()))
                .stream().map(Passkey::credentialId).toList());
        assertEquals(List.of("bobs"), db.inTransaction(c -> passkeys.listForAccount(c, bob.id()))
                .stream().map(Passkey::credentialId).toList());
    }

    @Test
    void updateWritesCounterBackupStateUvLastUseAndName() {
        insert(passkey("cred-1", alice.id(), T0, List.of("internal")));
        Passkey after = db.inTransaction(c -> passkeys.find(c, "cred-1")).orElseThrow()
                .afterSignIn(8, true, true, T0.plusSeconds(60)).withName("Laptop");
        db.inTransaction(c -> {
            passkeys.update(c, after);
            return null;
        });
        Passkey found = db.inTransaction(c -> passkeys.find(c, "cred-1")).orElseThrow();
        assertEquals(after, found);
        assertEquals(8, found.signCount());
        assertTrue(found.backupState());
        assertTrue(found.uvInitialized());
        assertEquals(T0.plusSeconds(60), found.lastUsedAt());
        assertEquals("Laptop", found.name());
    }

    @Test
    void updatingAPasskeyThatIsGoneIsATypedFailure() {
        Passkey never = passkey("gone", alice.id(), T0, List.of());
        CredentialNotFoundException e = assertThrows(CredentialNotFoundException.class, () -> db.inTransaction(c -> {
            passkeys.update(c, never);
            return null;
        }));
        assertEquals("gone", e.credentialId());
    }

    @Test
    void updateCannotMoveAPasskeyToAnotherAccount() {
        insert(passkey("cred-1", alice.id(), T0, List.of()));
        Passkey hijack = passkey("cred-1", bob.id(), T0, List.of()).withName("mine now");
        assertThrows(CredentialNotFoundException.class, () -> db.inTransaction(c -> {
            passkeys.update(c, hijack);
            return null;
        }));
        assertEquals(alice.id(), db.inTransaction(c -> passkeys.find(c, "cred-1")).orElseThrow().accountId());
    }

    @Test
    void deleteRemovesOnlyTheOwnersPasskey() {
        insert(passkey("alices", alice.id(), T0, List.of()));
        assertFalse(delete(bob, "alices"));
        assertTrue(db.inTransaction(c -> passkeys.find(c, "alices")).isPresent());
        assertTrue(delete(alice, "alices"));
        assertTrue(db.inTransaction(c -> passkeys.find(c, "alices")).isEmpty());
        assertFalse(delete(alice, "alices"));
    }

    @Test
    void deletingAnAccountDeletesItsPasskeys() {
        insert(passkey("a1", alice.id(), T0, List.of()));
        insert(passkey("a2", alice.id(), T0, List.of()));
        insert(passkey("b1", bob.id(), T0, List.of()));
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM account WHERE id = ?")) {
                delete.setLong(1, alice.id());
                return delete.executeUpdate();
            }
        });
        assertEquals(List.of(), db.inTransaction(c -> passkeys.listForAccount(c, alice.id())));
        assertEquals(1, db.inTransaction(passkeys::countAll));
    }

    @Test
    void aCredentialIdRegisteredToAnyoneIsRefusedAndNothingElseChanges() {
        Passkey alices = passkey("shared-id", alice.id(), T0, List.of("usb"));
        insert(alices);

        for (Account who : List.of(bob, alice)) {
            Passkey again = new Passkey("shared-id", who.id(), new byte[] {9, 9}, 0, AAGUID, List.of("nfc"), true,
                    false, false, "none", T0.plusSeconds(1), null, "Copy");
            DuplicateCredentialException e = assertThrows(DuplicateCredentialException.class,
                    () -> db.inTransaction(c -> {
                        accounts.create(c, "carol-" + who.id() + "@example.com", "Carol", "cH" + who.id(), null, T0);
                        passkeys.insert(c, again);
                        return null;
                    }));
            assertEquals("shared-id", e.credentialId());
        }

        assertEquals(Optional.of(alices), db.inTransaction(c -> passkeys.find(c, "shared-id")));
        assertEquals(1, db.inTransaction(passkeys::countAll));
        assertEquals(2, db.inTransaction(accounts::countAll));
    }

    @Test
    void aPasskeyForAMissingAccountIsAStorageFailure() {
        assertThrows(StorageFailureException.class, () -> insert(passkey("orphan", 9999, T0, List.of())));
        assertEquals(0, db.inTransaction(passkeys::countAll));
    }
}
