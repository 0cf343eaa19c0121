package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections and the two ways {@link Store} uses them. All thread-safety of the store
 * lives here:
 * <ul>
 *   <li>a write runs on the one writer connection, in one transaction that commits wholly or not
 *       at all; writes are serialised by {@code writeLock};</li>
 *   <li>a read runs on a connection of the {@link ReadPool}, in its own snapshot, and never waits
 *       for a write in progress (WAL): it sees the database as of the last committed write.</li>
 * </ul>
 * SQL errors become {@link StoreException}s that name the file.
 */
final class Database implements AutoCloseable {
    /** Read connections: enough for a few concurrent HTTP requests, few enough to stay light. */
    static final int READERS = 4;

    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path path;
    private final Connection conn;
    private final ReadPool readers;
    private final Object writeLock = new Object();

    Database(Path path, Connection conn) {
        this.path = path;
        this.conn = conn;
        this.readers = new ReadPool(path, READERS);
    }

    Path path() { return path; }

    <T> T read(SqlWork<T> work) {
        return readers.read(work);
    }

    <T> T write(SqlWork<T> work) {
        synchronized (writeLock) {
            requireOpen();
            try {
                conn.setAutoCommit(false);
                try {
                    T result = work.run(conn);
                    conn.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(DatabaseFile.describe(path, e), e);
            }
        }
    }

    private void requireOpen() {
        try {
            if (conn.isClosed()) throw new IllegalStateException("store " + path + " is closed");
        } catch (SQLException e) {
            throw new StoreException(DatabaseFile.describe(path, e), e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            readers.close();
            try {
                if (conn.isClosed()) return;
                try (var st = conn.createStatement()) {
                    // refreshes the planner's statistics where they went stale; cheap, as SQLite advises on close
                    st.execute("PRAGMA optimize");
                }
                conn.close();
            } catch (SQLException e) {
                throw new StoreException("closing database " + path + " failed: " + e.getMessage(), e);
            }
        }
    }
}
