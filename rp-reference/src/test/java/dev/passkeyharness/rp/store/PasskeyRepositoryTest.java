package dev.passkeyharness.rp.store;

import static dev.passkeyharness.rp.model.AccountRealm.CONFORMANCE;
import static dev.passkeyharness.rp.model.AccountRealm.ONBOARDING;
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
        alice = db.inTransaction(c -> accounts.create(c, ONBOARDING, "alice@example.com", "Alice", "aH", null, T0));
        bob = db.inTransaction(c -> accounts.create(c, ONBOARDING, "bob@example.com", "Bob", "bH", null, T0));
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
    void findInRealmSeesOnlyPasskeysOfThatRealmsAccounts() {
        Account tester = db.inTransaction(c -> accounts.create(c, CONFORMANCE, "alice@example.com", "Alice", "tH", null,
                T0));
        Passkey members = passkey("member", alice.id(), T0, List.of());
        Passkey testers = passkey("tester", tester.id(), T0, List.of());
        insert(members);
        insert(testers);

        assertEquals(Optional.of(members), db.inTransaction(c -> passkeys.findInRealm(c, ONBOARDING, "member")));
        assertEquals(Optional.empty(), db.inTransaction(c -> passkeys.findInRealm(c, ONBOARDING, "tester")));
        assertEquals(Optional.of(testers), db.inTransaction(c -> passkeys.findInRealm(c, CONFORMANCE, "tester")));
        assertEquals(Optional.empty(), db.inTransaction(c -> passkeys.findInRealm(c, CONFORMANCE, "member")));
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

    private PasskeyRepository.SignInRecord recordSignIn(Passkey signedIn) {
        return db.inTransaction(c -> passkeys.recordSignIn(c, signedIn));
    }

    private Passkey stored(String credentialId) {
        return db.inTransaction(c -> passkeys.find(c, credentialId)).orElseThrow();
    }

    @Test
    void aSignInStoresCounterBackupStateUvAndLastUseButNotTheName() {
        insert(passkey("cred-1", alice.id(), T0, List.of("internal")));
        Passkey after = stored("cred-1").afterSignIn(8, true, true, T0.plusSeconds(60)).withName("ignored");

        assertEquals(PasskeyRepository.SignInRecord.RECORDED, recordSignIn(after));

        Passkey found = stored("cred-1");
        assertEquals(8, found.signCount());
        assertTrue(found.backupState());
        assertTrue(found.uvInitialized());
        assertEquals(T0.plusSeconds(60), found.lastUsedAt());
        assertEquals("Key cred-1", found.name());
    }

    @Test
    void aSignInWhoseCounterIsNoLongerAboveTheStoredOneIsNotRecordedAndTheCounterNeverGoesBack() {
        insert(passkey("cred-1", alice.id(), T0, List.of()));
        assertEquals(PasskeyRepository.SignInRecord.RECORDED,
                recordSignIn(stored("cred-1").afterSignIn(20, false, false, T0.plusSeconds(1))));

        // verified against counter 7 before the sign-in above stored 20
        Passkey stale = passkey("cred-1", alice.id(), T0, List.of()).afterSignIn(9, false, true, T0.plusSeconds(2));
        assertEquals(PasskeyRepository.SignInRecord.COUNTER_NOT_ABOVE, recordSignIn(stale));
        assertEquals(PasskeyRepository.SignInRecord.COUNTER_NOT_ABOVE,
                recordSignIn(stale.afterSignIn(20, false, false, T0.plusSeconds(3))));
        assertEquals(20, stored("cred-1").signCount());
        assertFalse(stored("cred-1").uvInitialized());
    }

    @Test
    void aCounterOfZeroStaysZeroForEverySignIn() {
        Passkey synced = new Passkey("synced", alice.id(), new byte[] {1}, 0, AAGUID, List.of(), false, true, true,
                "none", T0, null, "Synced");
        insert(synced);
        assertEquals(PasskeyRepository.SignInRecord.RECORDED, recordSignIn(synced.afterSignIn(0, true, false, T0)));
        assertEquals(PasskeyRepository.SignInRecord.RECORDED, recordSignIn(synced.afterSignIn(0, true, false, T0)));
        assertEquals(0, stored("synced").signCount());

        // zero after a counter above zero is not "no counter"
        insert(passkey("counted", alice.id(), T0, List.of()));
        assertEquals(PasskeyRepository.SignInRecord.COUNTER_NOT_ABOVE,
                recordSignIn(stored("counted").afterSignIn(0, false, false, T0)));
        assertEquals(7, stored("counted").signCount());
    }

    @Test
    void aSignInWithAPasskeyThatIsGoneOrAnothersIsNotRecorded() {
        assertEquals(PasskeyRepository.SignInRecord.CREDENTIAL_GONE,
                recordSignIn(passkey("gone", alice.id(), T0, List.of()).afterSignIn(9, false, false, T0)));

        insert(passkey("cred-1", alice.id(), T0, List.of()));
        assertEquals(PasskeyRepository.SignInRecord.CREDENTIAL_GONE,
                recordSignIn(passkey("cred-1", bob.id(), T0, List.of()).afterSignIn(9, false, false, T0)));
        assertEquals(7, stored("cred-1").signCount());
        assertEquals(alice.id(), stored("cred-1").accountId());
    }

    @Test
    void renameChangesOnlyTheNameOfTheOwnersPasskey() {
        insert(passkey("cred-1", alice.id(), T0, List.of()));
        assertEquals(PasskeyRepository.SignInRecord.RECORDED,
                recordSignIn(stored("cred-1").afterSignIn(8, false, false, T0.plusSeconds(1))));

        assertEquals(Optional.empty(), db.inTransaction(c -> passkeys.rename(c, bob.id(), "cred-1", "mine now")));
        Passkey renamed = db.inTransaction(c -> passkeys.rename(c, alice.id(), "cred-1", "Laptop")).orElseThrow();

        assertEquals("Laptop", renamed.name());
        assertEquals(8, renamed.signCount());
        assertEquals(renamed, stored("cred-1"));
        assertEquals(Optional.empty(), db.inTransaction(c -> passkeys.rename(c, alice.id(), "nope", "x")));
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
                        accounts.create(c, ONBOARDING, "carol-" + who.id() + "@example.com", "Carol", "cH" + who.id(), null, T0);
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
