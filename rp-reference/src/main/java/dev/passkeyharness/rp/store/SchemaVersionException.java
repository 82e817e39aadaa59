package dev.passkeyharness.rp.store;

/** The database's schema is newer than this code knows; opening it could corrupt data written by a newer version. */
public final class SchemaVersionException extends StoreException {

    private final int databaseVersion;
    private final int knownVersion;

    public SchemaVersionException(int databaseVersion, int knownVersion) {
        super("the database has schema version " + databaseVersion + " but this code knows versions up to "
                + knownVersion + "; use a newer passkey-harness or another database");
        this.databaseVersion = databaseVersion;
        this.knownVersion = knownVersion;
    }

    public int databaseVersion() {
        return databaseVersion;
    }

    public int knownVersion() {
        return knownVersion;
    }
}
