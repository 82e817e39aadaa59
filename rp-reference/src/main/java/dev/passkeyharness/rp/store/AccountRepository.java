package dev.passkeyharness.rp.store;

import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.AccountRealm;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** Accounts in the {@code account} table; every method runs on the caller's connection and transaction. */
public final class AccountRepository {

    private static final String COLUMNS = "id, realm, username, display_name, user_handle, password_hash, created_at";

    /**
     * Inserts a new account into {@code realm}.
     *
     * @param passwordHash the encoded password hash, or null for an account without a password
     * @throws DuplicateAccountException if the username is taken in that realm
     */
    public Account create(Connection connection, AccountRealm realm, String username, String displayName, String userHandle,
            String passwordHash, Instant now) {
        Account unsaved = new Account(0, realm, username, displayName, userHandle, passwordHash, now);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (realm, username, display_name, user_handle, password_hash, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, realm.column());
            insert.setString(2, username);
            insert.setString(3, displayName);
            insert.setString(4, userHandle);
            insert.setString(5, passwordHash);
            Timestamps.set(insert, 6, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Account(keys.getLong(1), realm, unsaved.username(), unsaved.displayName(), unsaved.userHandle(),
                        unsaved.passwordHash(), unsaved.createdAt());
            }
        } catch (SQLException e) {
            if (SqlStates.violates(e, "ACCOUNT_REALM_USERNAME_UQ")) {
                throw new DuplicateAccountException(username);
            }
            throw new StorageFailureException("creating account " + username, e);
        }
    }

    /** The account of {@code username} in {@code realm}; a namesake in the other realm is not it. */
    public Optional<Account> findByUsername(Connection connection, AccountRealm realm, String username) {
        return findOne(connection, realm, "username", username);
    }

    /** The account of {@code id}, in whichever realm: ids come from our own sessions and rows, never from callers. */
    public Optional<Account> findById(Connection connection, long id) {
        return findOne(connection, null, "id", id);
    }

    /** The account in {@code realm} whose WebAuthn user.id is {@code userHandle}. */
    public Optional<Account> findByUserHandle(Connection connection, AccountRealm realm, String userHandle) {
        return findOne(connection, realm, "user_handle", userHandle);
    }

    /** The number of accounts, for tests that check what a failed operation left behind. */
    public int countAll(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM account")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new StorageFailureException("counting accounts", e);
        }
    }

    // column is always one of the constants above, never caller input; a null realm matches any
    private static Optional<Account> findOne(Connection connection, AccountRealm realm, String column, Object value) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE " + column + " = ?"
                        + (realm == null ? "" : " AND realm = ?"))) {
            select.setObject(1, value);
            if (realm != null) {
                select.setString(2, realm.column());
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailureException("finding an account by " + column, e);
        }
    }

    private static Account read(ResultSet rows) throws SQLException {
        return new Account(rows.getLong("id"), AccountRealm.fromColumn(rows.getString("realm")),
                rows.getString("username"), rows.getString("display_name"),
                rows.getString("user_handle"), rows.getString("password_hash"), Timestamps.get(rows, "created_at"));
    }
}
