package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.MutableClock;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.DuplicateAccountException;
import dev.passkeyharness.rp.store.TestDatabases;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountsTest {

    private static final String CLIENT = "192.0.2.1";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final Database db = TestDatabases.openInMemory();
    private final AccountRepository repository = new AccountRepository();
    private final Accounts accounts = new Accounts(db, repository,
            new PasswordHasher(new Argon2Settings(256, 1, 1)), PasswordPolicy.DEFAULT, new LoginThrottle(clock),
            clock, new SecureRandom());

    @AfterEach
    void close() {
        db.close();
    }

    private int accountCount() {
        return db.inTransaction(repository::countAll);
    }

    @Test
    void signUpStoresANormalisedAccountWithAHashedPasswordAndARandomUserHandle() {
        Account alice = accounts.signUp("  Alice@Example.COM ", "password1", "Alice");
        assertEquals("alice@example.com", alice.username());
        assertEquals("Alice", alice.displayName());
        assertEquals(clock.instant(), alice.createdAt());
        assertTrue(alice.passwordHash().startsWith("$argon2id$"));
        assertFalse(alice.passwordHash().contains("password1"));
        assertEquals(32, Base64.getUrlDecoder().decode(alice.userHandle()).length);
        assertEquals(alice, db.inTransaction(c -> repository.findById(c, alice.id())).orElseThrow());

        Account bob = accounts.signUp("bob@example.com", "password2", "  ");
        assertEquals("bob@example.com", bob.displayName());
        assertNotEquals(alice.userHandle(), bob.userHandle());
    }

    @Test
    void aDuplicateSignUpIsRefusedWhateverTheCase() {
        accounts.signUp("alice@example.com", "password1", "Alice");
        assertThrows(DuplicateAccountException.class,
                () -> accounts.signUp("ALICE@example.com", "password2", "Other Alice"));
        assertEquals(1, accountCount());
    }

    @Test
    void badInputStoresNothing() {
        assertThrows(InvalidEmailException.class, () -> accounts.signUp("alice", "password1", "A"));
        assertThrows(WeakPasswordException.class, () -> accounts.signUp("alice@example.com", "short", "A"));
        assertThrows(InvalidDisplayNameException.class,
                () -> accounts.signUp("alice@example.com", "password1", "x".repeat(256)));
        assertThrows(InvalidDisplayNameException.class,
                () -> accounts.signUp("alice@example.com", "password1", "A\u0007"));
        assertEquals(0, accountCount());
    }

    @Test
    void logInWithTheRightPasswordReturnsTheAccount() {
        Account alice = accounts.signUp("alice@example.com", "password1", "Alice");
        assertEquals(alice, accounts.logIn("Alice@Example.com", "password1", CLIENT));
    }

    @Test
    void unknownAccountAndWrongPasswordAreRefusedAlike() {
        accounts.signUp("alice@example.com", "password1", "Alice");
        LoginRefusedException wrong = assertThrows(LoginRefusedException.class,
                () -> accounts.logIn("alice@example.com", "password2", CLIENT));
        LoginRefusedException unknown = assertThrows(LoginRefusedException.class,
                () -> accounts.logIn("nobody@example.com", "password1", CLIENT));
        assertEquals(LoginRefusedException.Reason.UNKNOWN_OR_WRONG, wrong.reason());
        assertEquals(wrong.reason(), unknown.reason());
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void aConformanceAccountCannotLogInWithAPassword() {
        accounts.findOrCreateForConformance("conf@example.com", "Conf");
        assertEquals(LoginRefusedException.Reason.UNKNOWN_OR_WRONG, assertThrows(LoginRefusedException.class,
                () -> accounts.logIn("conf@example.com", "", CLIENT)).reason());
    }

    @Test
    void fiveFailuresRateLimitEvenTheRightPasswordUntilTheWindowPasses() {
        accounts.signUp("alice@example.com", "password1", "Alice");
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginRefusedException.class, () -> accounts.logIn("alice@example.com", "wrong-password", CLIENT));
        }
        LoginRefusedException limited = assertThrows(LoginRefusedException.class,
                () -> accounts.logIn("ALICE@example.com", "password1", CLIENT));
        assertEquals(LoginRefusedException.Reason.RATE_LIMITED, limited.reason());

        // another client is not locked out by this one's failures
        assertEquals("alice@example.com", accounts.logIn("alice@example.com", "password1", "192.0.2.2").username());

        clock.advance(Duration.ofMinutes(15));
        assertEquals("alice@example.com", accounts.logIn("alice@example.com", "password1", CLIENT).username());
    }

    @Test
    void aSuccessfulLogInClearsEarlierFailures() {
        accounts.signUp("alice@example.com", "password1", "Alice");
        for (int i = 0; i < 4; i++) {
            assertThrows(LoginRefusedException.class, () -> accounts.logIn("alice@example.com", "wrong-password", CLIENT));
        }
        accounts.logIn("alice@example.com", "password1", CLIENT);
        for (int i = 0; i < 4; i++) {
            assertThrows(LoginRefusedException.class, () -> accounts.logIn("alice@example.com", "wrong-password", CLIENT));
        }
        accounts.logIn("alice@example.com", "password1", CLIENT);
    }

    @Test
    void findOrCreateForConformanceUsesTheUsernameAsGivenAndIsIdempotent() {
        Account created = accounts.findOrCreateForConformance("John.Doe", "John Doe");
        assertEquals("John.Doe", created.username());
        assertFalse(created.hasPassword());
        Account again = accounts.findOrCreateForConformance("John.Doe", "Another Name");
        assertEquals(created, again);
        assertEquals(1, accountCount());
        assertNotEquals(created.id(), accounts.findOrCreateForConformance("john.doe", "j").id());
    }

    @Test
    void findOrCreateForConformanceRefusesBadUsernames() {
        assertThrows(InvalidUsernameException.class, () -> accounts.findOrCreateForConformance("", "x"));
        assertThrows(InvalidUsernameException.class, () -> accounts.findOrCreateForConformance(null, "x"));
        assertThrows(InvalidUsernameException.class, () -> accounts.findOrCreateForConformance("a\nb", "x"));
        assertEquals(0, accountCount());
    }
}
