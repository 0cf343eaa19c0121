package org.faultline.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections and the two ways {@link Store} uses them. All thread-safety of the store
 * lives here:
 * <ul>
 *   <li>a write runs on the one writer connection, in one transaction that commits wholly or not
 *       at all; writes are serialised by {@code writeLock};</li>
 *   <li>a read runs on a connection of the {@link ReadPool}, in its own snapshot, and never waits
 *       for a write in progress (WAL; MVCC in PostgreSQL): it sees the database as of the last
 *       committed write.</li>
 * </ul>
 * Writes of other processes are kept out by {@link Dialect#lockForWrite}. SQL errors become
 * {@link StoreException}s that name the database.
 */
final class Database implements AutoCloseable {
    /** Read connections: enough for a few concurrent HTTP requests, few enough to stay light. */
    static final int READERS = 4;

    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Dialect dialect;
    private Connection conn; // replaced only when a server connection died; guarded by writeLock
    private final ReadPool readers;
    private final Object writeLock = new Object();
    private boolean closed; // guarded by writeLock

    Database(Dialect dialect, Connection conn) {
        this.dialect = dialect;
        this.conn = conn;
        this.readers = new ReadPool(dialect, READERS);
    }

    Dialect dialect() { return dialect; }

    <T> T read(SqlWork<T> work) {
        return readers.read(work);
    }

    /** Counts kept between reads until the database changes. */
    CountCache counts() { return readers.counts(); }

    <T> T write(SqlWork<T> work) {
        synchronized (writeLock) {
            requireOpen();
            try {
                if (conn.isClosed()) conn = dialect.openWriter(); // an earlier reconnect failed: try again
                conn.setAutoCommit(false);
                try {
                    dialect.lockForWrite(conn);
                    T result = work.run(conn);
                    conn.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackOrReconnect();
                    throw e;
                } finally {
                    if (!conn.isClosed()) conn.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(dialect.describe(e), e);
            }
        }
    }

    /**
     * Rolls a failed write back. When the connection itself is gone (a PostgreSQL server restarted
     * or the connection was killed), the server has discarded the transaction already: open a new
     * connection so the next write works, instead of failing every write until the store is reopened.
     */
    private void rollbackOrReconnect() throws SQLException {
        try {
            conn.rollback();
            return;
        } catch (SQLException e) {
            if (conn.isValid(2)) throw e;
        }
        DatabaseFile.closeQuietly(conn);
        try {
            conn = dialect.openWriter();
        } catch (StoreException unreachable) {
            // the server is away: the next write tries again (conn is closed); report the write's own failure
        }
    }

    private void requireOpen() {
        if (closed) throw new IllegalStateException("store " + dialect.location() + " is closed");
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) return;
            closed = true;
            readers.close();
            try {
                if (conn.isClosed()) return;
                dialect.beforeClose(conn);
                conn.close();
            } catch (SQLException e) {
                throw new StoreException("closing database " + dialect.location() + " failed: " + e.getMessage(), e);
            }
        }
    }
}
