package dev.passkeyharness.rp.store;

import dev.passkeyharness.rp.model.Passkey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Passkeys in the {@code passkey} table; every method runs on the caller's connection and transaction. */
public final class PasskeyRepository {

    private static final String COLUMNS = "credential_id, account_id, public_key_cose, sign_count, aaguid, transports,"
            + " uv_initialized, backup_eligible, backup_state, attestation_format, created_at, last_used_at, name";

    /**
     * Stores a newly registered passkey.
     *
     * @throws DuplicateCredentialException if the credential ID is registered already, to any account
     */
    public void insert(Connection connection, Passkey passkey) {
        String transports = joinTransports(passkey);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO passkey (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, passkey.credentialId());
            insert.setLong(2, passkey.accountId());
            insert.setBytes(3, passkey.publicKeyCose());
            insert.setLong(4, passkey.signCount());
            insert.setString(5, passkey.aaguid());
            insert.setString(6, transports);
            insert.setBoolean(7, passkey.uvInitialized());
            insert.setBoolean(8, passkey.backupEligible());
            insert.setBoolean(9, passkey.backupState());
            insert.setString(10, passkey.attestationFormat());
            Timestamps.set(insert, 11, passkey.createdAt());
            Timestamps.set(insert, 12, passkey.lastUsedAt());
            insert.setString(13, passkey.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlStates.violates(e, "PASSKEY_PK")) {
                throw new DuplicateCredentialException(passkey.credentialId());
            }
            throw new StorageFailureException("storing passkey " + passkey.credentialId(), e);
        }
    }

    public Optional<Passkey> find(Connection connection, String credentialId) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM passkey WHERE credential_id = ?")) {
            select.setString(1, credentialId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailureException("finding passkey " + credentialId, e);
        }
    }

    /** The account's passkeys, oldest first. */
    public List<Passkey> listForAccount(Connection connection, long accountId) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM passkey WHERE account_id = ? ORDER BY created_at, credential_id")) {
            select.setLong(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
                List<Passkey> passkeys = new ArrayList<>();
                while (rows.next()) {
                    passkeys.add(read(rows));
                }
                return List.copyOf(passkeys);
            }
        } catch (SQLException e) {
            throw new StorageFailureException("listing passkeys of account " + accountId, e);
        }
    }

    /**
     * Writes what changes after registration: the signature counter, the backup state, whether UV was ever
     * performed, the time of last use, and the name. The credential ID and account ID pick the row.
     *
     * @throws CredentialNotFoundException if the account has no such passkey (it was deleted meanwhile)
     */
    public void update(Connection connection, Passkey passkey) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE passkey SET sign_count = ?, backup_state = ?, uv_initialized = ?, last_used_at = ?, name = ?"
                        + " WHERE credential_id = ? AND account_id = ?")) {
            update.setLong(1, passkey.signCount());
            update.setBoolean(2, passkey.backupState());
            update.setBoolean(3, passkey.uvInitialized());
            Timestamps.set(update, 4, passkey.lastUsedAt());
            update.setString(5, passkey.name());
            update.setString(6, passkey.credentialId());
            update.setLong(7, passkey.accountId());
            if (update.executeUpdate() == 0) {
                throw new CredentialNotFoundException(passkey.accountId(), passkey.credentialId());
            }
        } catch (SQLException e) {
            throw new StorageFailureException("updating passkey " + passkey.credentialId(), e);
        }
    }

    /** Deletes the passkey if it belongs to the account; another account's passkey is left alone. */
    public boolean delete(Connection connection, long accountId, String credentialId) {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM passkey WHERE account_id = ? AND credential_id = ?")) {
            delete.setLong(1, accountId);
            delete.setString(2, credentialId);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StorageFailureException("deleting passkey " + credentialId, e);
        }
    }

    /** The number of passkeys of all accounts, for tests that check a failed ceremony stored nothing. */
    public int countAll(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM passkey")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new StorageFailureException("counting passkeys", e);
        }
    }

    private static String joinTransports(Passkey passkey) {
        for (String transport : passkey.transports()) {
            if (transport.isEmpty() || transport.indexOf(',') >= 0) {
                throw new IllegalArgumentException("transport '" + transport + "' of passkey "
                        + passkey.credentialId() + " must be non-empty and hold no comma");
            }
        }
        return String.join(",", passkey.transports());
    }

    private static Passkey read(ResultSet rows) throws SQLException {
        String transports = rows.getString("transports");
        return new Passkey(
                rows.getString("credential_id"),
                rows.getLong("account_id"),
                rows.getBytes("public_key_cose"),
                rows.getLong("sign_count"),
                rows.getString("aaguid"),
                transports.isEmpty() ? List.of() : Arrays.asList(transports.split(",")),
                rows.getBoolean("uv_initialized"),
                rows.getBoolean("backup_eligible"),
                rows.getBoolean("backup_state"),
                rows.getString("attestation_format"),
                Timestamps.get(rows, "created_at"),
                Timestamps.get(rows, "last_used_at"),
                rows.getString("name"));
    }
}
