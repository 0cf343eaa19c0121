package org.faultline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Checks a database path and opens a connection configured for safe concurrent use: WAL journal
 * (readers never block the writer), synchronous=FULL (a commit that returned survives a crash of
 * the process and of the machine), foreign keys enforced, write transactions that take the lock
 * when they begin, and a busy timeout so a second process waits for the lock instead of failing.
 */
final class DatabaseFile {
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Page cache of the writer connection, KiB. */
    static final int WRITER_CACHE_KIB = 32 * 1024;
    /** Page cache of each read connection, KiB (the pool holds a few). */
    static final int READER_CACHE_KIB = 16 * 1024;

    private DatabaseFile() {}

    static Connection open(Path file) {
        if (file == null) throw new IllegalArgumentException("database path must not be null");
        Path path = file.toAbsolutePath().normalize();
        check(path);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // SQLite's default 2 MB page cache: a transaction of many articles re-reads the index and
        // full-text pages it just wrote; 32 MB keeps them in memory
        config.setCacheSize(-WRITER_CACHE_KIB);
        // take the write lock when a transaction begins: a deferred transaction that reads and
        // then writes can fail at once with SQLITE_BUSY when another process wrote meanwhile
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection conn = null;
        try {
            conn = config.createConnection("jdbc:sqlite:" + path);
            try (Statement st = conn.createStatement()) {
                // reading the schema is what fails on a file that is not a database
                st.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
            return conn;
        } catch (SQLException e) {
            closeQuietly(conn);
            throw new StoreException(describe(path, e), e);
        }
    }

    /**
     * Opens a read-only connection on an existing, already migrated database, for the read pool.
     * Its transactions are deferred: BEGIN takes no lock, the first read takes a WAL snapshot.
     */
    static Connection openReader(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // each API request is one read transaction: a cache too small to hold the hot index pages
        // would reread them from the OS for every page of events
        config.setCacheSize(-READER_CACHE_KIB);
        Connection conn = null;
        try {
            conn = config.createConnection("jdbc:sqlite:" + path);
            return conn;
        } catch (SQLException e) {
            closeQuietly(conn);
            throw new StoreException(describe(path, e), e);
        }
    }

    private static void check(Path path) {
        if (Files.isDirectory(path))
            throw new StoreException("database path " + path + " is a directory; give a file such as "
                    + path.resolve("faultline.db"));
        if (Files.exists(path)) {
            if (!Files.isReadable(path)) throw new StoreException("database file " + path + " is not readable");
            if (!Files.isWritable(path)) throw new StoreException("database file " + path + " is not writable");
            return;
        }
        Path parent = path.getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + parent + " for database " + path + ": " + e, e);
        }
        if (parent != null && !Files.isWritable(parent))
            throw new StoreException("cannot create database " + path + ": folder " + parent + " is not writable");
    }

    static String describe(Path path, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("NOTADB") || m.contains("not a database"))
            return "file " + path + " is not a SQLite database (or is encrypted or damaged)";
        if (m.contains("CORRUPT") || m.contains("malformed"))
            return "database " + path + " is damaged: " + m;
        if (m.contains("BUSY") || m.contains("LOCKED"))
            return "database " + path + " is busy: another connection holds its write lock (waited up to "
                    + BUSY_TIMEOUT_MS / 1000 + " s): " + m;
        if (m.contains("READONLY")) return "database " + path + " is read-only: " + m;
        if (m.contains("SQLITE_FULL") || m.contains("disk is full"))
            return "database " + path + ": the disk is full; nothing of the current article was stored";
        if (m.contains("CANTOPEN")) return "cannot open database " + path + ": " + m;
        return "database " + path + ": " + m;
    }

    static void closeQuietly(Connection conn) {
        if (conn == null) return;
        try {
            conn.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one worth reporting
        }
    }
}
