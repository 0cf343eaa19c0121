package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The open connection and the two ways {@link Store} uses it: a read, and a write in one
 * transaction that commits wholly or not at all. SQL errors become {@link StoreException}s
 * that name the file.
 */
final class Database implements AutoCloseable {
    /** Work on the connection that may throw SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path path;
    private final Connection conn;

    Database(Path path, Connection conn) {
        this.path = path;
        this.conn = conn;
    }

    Path path() { return path; }

    <T> T read(SqlWork<T> work) {
        requireOpen();
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw new StoreException(DatabaseFile.describe(path, e), e);
        }
    }

    <T> T write(SqlWork<T> work) {
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

    private void requireOpen() {
        try {
            if (conn.isClosed()) throw new IllegalStateException("store " + path + " is closed");
        } catch (SQLException e) {
            throw new StoreException(DatabaseFile.describe(path, e), e);
        }
    }

    @Override
    public void close() {
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
