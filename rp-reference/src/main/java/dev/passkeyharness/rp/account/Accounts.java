package dev.passkeyharness.rp.account;

import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.AccountRealm;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.DuplicateAccountException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Sign-up and password log-in of onboarding accounts, and the password-less accounts of the conformance API. */
public final class Accounts {

    /** WebAuthn L3 §5.4.3: user.id is at most 64 bytes; 32 random bytes carry no personal information. */
    public static final int USER_HANDLE_BYTES = 32;
    public static final int MAX_NAME_LENGTH = 255;

    private final Database database;
    private final AccountRepository repository;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random;
    // verified against when there is no account, so an unknown email takes as long as a wrong password
    private final String decoyHash;

    public Accounts(Database database, AccountRepository repository, PasswordHasher hasher, PasswordPolicy policy,
            LoginThrottle throttle, Clock clock, SecureRandom random) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.decoyHash = hasher.hash("decoy password, never a real one");
    }

    /** The production wiring: OWASP Argon2id settings, the default policy and rate limit. */
    public static Accounts withDefaults(Database database, Clock clock) {
        return withDefaults(database, clock, Argon2Settings.OWASP);
    }

    /** The production wiring with other Argon2id cost settings. */
    public static Accounts withDefaults(Database database, Clock clock, Argon2Settings hashing) {
        SecureRandom random = new SecureRandom();
        return new Accounts(database, new AccountRepository(), new PasswordHasher(hashing, random),
                PasswordPolicy.DEFAULT, new LoginThrottle(clock), clock, random);
    }

    /**
     * Creates an account with an email and password, in one transaction.
     *
     * @param displayName shown on the account page and sent as user.displayName; blank means the email
     * @throws InvalidEmailException if the email is not an address of a sane shape
     * @throws WeakPasswordException if the password breaks the policy
     * @throws InvalidDisplayNameException if the display name is too long or holds control characters
     * @throws DuplicateAccountException if the email is taken
     */
    public Account signUp(String email, String password, String displayName) {
        EmailAddress address = EmailAddress.parse(email);
        policy.check(password);
        String name = displayName == null || displayName.isBlank() ? address.value() : displayName.strip();
        checkName(name, InvalidDisplayNameException::new, "display name");
        // hashed before the transaction opens, so the slow part holds no lock
        String hash = hasher.hash(password);
        String userHandle = newUserHandle();
        return database.inTransaction(c -> repository.create(c, AccountRealm.ONBOARDING, address.value(), name, userHandle, hash,
                clock.instant()));
    }

    /**
     * Checks an email and password from {@code client} (its IP address).
     *
     * @throws LoginRefusedException with RATE_LIMITED after too many failures of this client, else UNKNOWN_OR_WRONG
     *     for an unknown email, an account without a password, or a wrong password alike
     * @throws InvalidEmailException if the email is not an address at all
     */
    public Account logIn(String email, String password, String client) {
        String username = EmailAddress.parse(email).value();
        LoginThrottle.Attempt attempt = throttle.reserve(client, username)
                .orElseThrow(() -> new LoginRefusedException(LoginRefusedException.Reason.RATE_LIMITED));
        boolean decided = false;
        try {
            Optional<Account> account = database.inTransaction(c -> repository.findByUsername(c,
                    AccountRealm.ONBOARDING, username));
            String hash = account.filter(Account::hasPassword).map(Account::passwordHash).orElse(decoyHash);
            boolean matches = hasher.verify(password == null ? "" : password, hash);
            if (account.isEmpty() || !account.get().hasPassword() || !matches) {
                decided = true;
                attempt.failed();
                throw new LoginRefusedException(LoginRefusedException.Reason.UNKNOWN_OR_WRONG);
            }
            decided = true;
            attempt.succeeded();
            return account.get();
        } finally {
            if (!decided) {
                // the check itself broke (storage): the place is given back uncounted
                attempt.cancel();
            }
        }
    }

    /** How long until {@code client} may try {@code email} again after RATE_LIMITED. */
    public Duration retryAfter(String email, String client) {
        return throttle.retryAfter(client, EmailAddress.parse(email).value());
    }

    /**
     * The conformance realm's account of a FIDO conformance client's username, created without a password on first
     * use. The username is used as given (it need not be an email); an existing account keeps its display name. An
     * onboarding account of the same name is never this one.
     */
    public Account findOrCreateForConformance(String username, String displayName) {
        checkName(username, InvalidUsernameException::new, "username");
        if (username.isBlank()) {
            throw new InvalidUsernameException("a username is required");
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        checkName(name, InvalidDisplayNameException::new, "display name");
        try {
            return findOrCreate(username, name);
        } catch (DuplicateAccountException raced) {
            // another request created it between our find and our insert
            return database.inTransaction(c -> repository.findByUsername(c, AccountRealm.CONFORMANCE, username))
                    .orElseThrow(() -> raced);
        }
    }

    private Account findOrCreate(String username, String displayName) {
        String userHandle = newUserHandle();
        return database.inTransaction(c -> {
            Optional<Account> existing = repository.findByUsername(c, AccountRealm.CONFORMANCE, username);
            return existing.isPresent() ? existing.get()
                    : repository.create(c, AccountRealm.CONFORMANCE, username, displayName, userHandle, null,
                            clock.instant());
        });
    }

    private String newUserHandle() {
        byte[] bytes = new byte[USER_HANDLE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static <E extends AccountException> void checkName(String value,
            Function<String, E> refusal, String what) {
        if (value == null) {
            throw refusal.apply("a " + what + " is required");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw refusal.apply("a " + what + " has at most " + MAX_NAME_LENGTH + " characters, this one has "
                    + value.length());
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw refusal.apply("a " + what + " holds no control characters");
        }
    }
}
