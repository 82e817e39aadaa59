package dev.passkeyharness.rp.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import org.h2.jdbcx.JdbcConnectionPool;

/** The reference RP's H2 database: a connection factory, migrated on open, running work in transactions. */
public final class Database implements AutoCloseable {

    /** The embedded file database used when no JDBC URL is configured, relative to the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./.passkey-harness/rp";

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private final String jdbcUrl;
    // H2 writes committed changes to its file in the background, up to a second later: a crash in between would lose
    // what was already answered as done. So a transaction on a database that outlives the process is flushed and
    // synced to disk before it returns (about 1-5 ms on this machine's disk).
    private final boolean durable;
    // Held open so the database stays open between transactions (a file database would otherwise be closed and
    // reopened each time, and an in-memory one without DB_CLOSE_DELAY would vanish).
    private final Connection keepAlive;

    // H2's own pool: opening a connection per transaction costs more than most of the work done in it.
    private final JdbcConnectionPool pool;

    private Database(String jdbcUrl, Connection keepAlive) {
        this.jdbcUrl = jdbcUrl;
        this.durable = !jdbcUrl.startsWith("jdbc:h2:mem:");
        this.keepAlive = keepAlive;
        this.pool = JdbcConnectionPool.create(jdbcUrl, USER, PASSWORD);
    }

    /** Opens the database at {@code jdbcUrl} and brings its schema up to the latest version. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    /** Opens the database at {@code jdbcUrl}, stamping applied migrations with the clock's time. */
    public static Database open(String jdbcUrl, Clock clock) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the reference RP stores data in H2; expected a jdbc:h2: URL, got "
                    + jdbcUrl);
        }
        Connection keepAlive;
        try {
            keepAlive = DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
        } catch (SQLException e) {
            throw new StorageFailureException("opening " + jdbcUrl, e);
        }
        Database database = new Database(jdbcUrl, keepAlive);
        try {
            database.inTransaction(c -> SchemaMigrations.migrate(c, clock.instant()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws anything, which is
     * then rethrown ({@link SQLException} wrapped in {@link StorageFailureException}). On a file database the commit
     * is on disk when this returns, so a caller may acknowledge it.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                if (durable) {
                    sync(connection);
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageFailureException("transaction on " + jdbcUrl, e);
        }
    }

    /**
     * Releases this object's hold on the database. H2 closes a file database when its last connection closes; an
     * in-memory one with {@code DB_CLOSE_DELAY=-1} lives on until the JVM exits, as that setting asks. Not a
     * SHUTDOWN, which would also close the database under any other {@code Database} open on the same URL.
     */
    @Override
    public void close() {
        try {
            pool.dispose();
            keepAlive.close();
        } catch (SQLException e) {
            throw new StorageFailureException("closing " + jdbcUrl, e);
        }
    }

    private Connection connect() throws SQLException {
        return pool.getConnection();
    }

    private static void sync(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
