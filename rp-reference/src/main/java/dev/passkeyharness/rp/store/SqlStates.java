package dev.passkeyharness.rp.store;

import java.sql.SQLException;

/** The SQLSTATE codes the repositories turn into typed exceptions. */
final class SqlStates {

    /** Unique index or primary key violation (SQL:2016 class 23, H2 error 23505). */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** Whether the violated unique constraint is the named one; H2 puts the constraint's index name in the message. */
    static boolean violates(SQLException e, String constraintName) {
        String message = e.getMessage();
        return isUniqueViolation(e) && message != null
                && message.toUpperCase(java.util.Locale.ROOT).contains(constraintName.toUpperCase(java.util.Locale.ROOT));
    }
}
