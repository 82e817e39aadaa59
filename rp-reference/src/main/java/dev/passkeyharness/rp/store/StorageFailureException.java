package dev.passkeyharness.rp.store;

import java.sql.SQLException;

/** The database failed in a way no rule explains (I/O, a broken connection, a constraint the code did not expect). */
public final class StorageFailureException extends StoreException {

    public StorageFailureException(String action, SQLException cause) {
        super(action + " failed: " + cause.getMessage() + " [SQLState " + cause.getSQLState() + "]", cause);
    }
}
