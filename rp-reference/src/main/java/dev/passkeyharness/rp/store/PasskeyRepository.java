package dev.passkeyharness.rp.store;

import dev.passkeyharness.rp.model.AccountRealm;
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
    private static final String QUALIFIED_COLUMNS = "p." + COLUMNS.replace(", ", ", p.");

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

    /** The passkey of {@code credentialId} if its account is in {@code realm}: a credential of the other is unknown. */
    public Optional<Passkey> findInRealm(Connection connection, AccountRealm realm, String credentialId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + QUALIFIED_COLUMNS
                + " FROM passkey p JOIN account a ON a.id = p.account_id WHERE p.credential_id = ? AND a.realm = ?")) {
            select.setString(1, credentialId);
            select.setString(2, realm.column());
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

    /** What {@link #recordSignIn} did. */
    public enum SignInRecord {
        /** The counter, backup state, UV and time of use are stored. */
        RECORDED,
        /** Nothing stored: the passkey was deleted meanwhile. */
        CREDENTIAL_GONE,
        /** Nothing stored: the stored counter is no longer below the new one, another sign-in moved it meanwhile. */
        COUNTER_NOT_ABOVE
    }

    /**
     * Stores what an accepted assertion changes: the signature counter, the backup state, whether UV was ever
     * performed, and the time of use. The counter rule of WebAuthn L3 §7.2 step 22 is checked again in the same
     * statement, so of concurrent sign-ins carrying one counter value (cloned authenticators) at most one is recorded,
     * and the stored counter never goes back. The name is left alone, so a rename meanwhile is kept.
     */
    public SignInRecord recordSignIn(Connection connection, Passkey signedIn) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE passkey SET sign_count = ?, backup_state = ?, uv_initialized = (uv_initialized OR ?),"
                        + " last_used_at = ? WHERE credential_id = ? AND account_id = ?"
                        + " AND (sign_count < ? OR (sign_count = 0 AND ? = 0))")) {
            update.setLong(1, signedIn.signCount());
            update.setBoolean(2, signedIn.backupState());
            update.setBoolean(3, signedIn.uvInitialized());
            Timestamps.set(update, 4, signedIn.lastUsedAt());
            update.setString(5, signedIn.credentialId());
            update.setLong(6, signedIn.accountId());
            update.setLong(7, signedIn.signCount());
            update.setLong(8, signedIn.signCount());
            if (update.executeUpdate() == 1) {
                return SignInRecord.RECORDED;
            }
        } catch (SQLException e) {
            throw new StorageFailureException("recording a sign-in with passkey " + signedIn.credentialId(), e);
        }
        return find(connection, signedIn.credentialId()).filter(p -> p.accountId() == signedIn.accountId()).isPresent()
                ? SignInRecord.COUNTER_NOT_ABOVE : SignInRecord.CREDENTIAL_GONE;
    }

    /**
     * Renames the account's passkey, and changes nothing else of it.
     *
     * @return the renamed passkey, or empty if the account has no such passkey
     */
    public Optional<Passkey> rename(Connection connection, long accountId, String credentialId, String name) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE passkey SET name = ? WHERE credential_id = ? AND account_id = ?")) {
            update.setString(1, name);
            update.setString(2, credentialId);
            update.setLong(3, accountId);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageFailureException("renaming passkey " + credentialId, e);
        }
        return find(connection, credentialId);
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
