package dev.passkeyharness.rp.store;

import dev.passkeyharness.rp.model.Account;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** Accounts in the {@code account} table; every method runs on the caller's connection and transaction. */
public final class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, user_handle, password_hash, created_at";

    /**
     * Inserts a new account.
     *
     * @param passwordHash the encoded password hash, or null for an account without a password
     * @throws DuplicateAccountException if the username is taken
     */
    public Account create(Connection connection, String username, String displayName, String userHandle,
            String passwordHash, Instant now) {
        Account unsaved = new Account(0, username, displayName, userHandle, passwordHash, now);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (username, display_name, user_handle, password_hash, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, displayName);
            insert.setString(3, userHandle);
            insert.setString(4, passwordHash);
            Timestamps.set(insert, 5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Account(keys.getLong(1), unsaved.username(), unsaved.displayName(), unsaved.userHandle(),
                        unsaved.passwordHash(), unsaved.createdAt());
            }
        } catch (SQLException e) {
            if (SqlStates.violates(e, "ACCOUNT_USERNAME_UQ")) {
                throw new DuplicateAccountException(username);
            }
            throw new StorageFailureException("creating account " + username, e);
        }
    }

    public Optional<Account> findByUsername(Connection connection, String username) {
        return findOne(connection, "username", username);
    }

    public Optional<Account> findById(Connection connection, long id) {
        return findOne(connection, "id", id);
    }

    public Optional<Account> findByUserHandle(Connection connection, String userHandle) {
        return findOne(connection, "user_handle", userHandle);
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

    // column is always one of the constants above, never caller input
    private static Optional<Account> findOne(Connection connection, String column, Object value) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM account WHERE " + column + " = ?")) {
            select.setObject(1, value);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailureException("finding an account by " + column, e);
        }
    }

    private static Account read(ResultSet rows) throws SQLException {
        return new Account(rows.getLong("id"), rows.getString("username"), rows.getString("display_name"),
                rows.getString("user_handle"), rows.getString("password_hash"), Timestamps.get(rows, "created_at"));
    }
}
