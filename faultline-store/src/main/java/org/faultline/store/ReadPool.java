package org.faultline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small pool of read-only connections, so reads never wait for the writer connection (WAL
 * lets readers and one writer work at once). Each read runs in its own transaction and so sees
 * one consistent snapshot of the database, even across several queries.
 *
 * <p>Connections are opened on demand, up to {@code size}. A read nested inside another read on
 * the same thread (an export consumer that looks something up) reuses the outer connection and
 * its snapshot instead of taking a second one, so nesting can never exhaust the pool.
 */
final class ReadPool implements AutoCloseable {
    private final Dialect dialect;
    private final int size;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    // per instance, not static: the connection this thread is reading with, for nested reads
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private volatile boolean closed;
    private final CountCache counts = new CountCache();
    // each connection's last data version seen (PRAGMA data_version is per connection)
    private final java.util.Map<Connection, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();

    ReadPool(Dialect dialect, int size) {
        if (size < 1) throw new IllegalArgumentException("read pool size must be >= 1, was " + size);
        this.dialect = dialect;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    <T> T read(Database.SqlWork<T> work) {
        Connection outer = current.get();
        if (outer != null) return run(outer, work);
        Connection c = borrow();
        current.set(c);
        boolean ended = false;
        try {
            counts.startRead(changeTag(c));
            T result = run(c, work);
            c.commit(); // ends the read transaction: the next read sees the newest data
            ended = true;
            return result;
        } catch (SQLException e) {
            throw new StoreException(dialect.describe(e), e);
        } finally {
            counts.endRead();
            current.remove();
            release(c, ended);
        }
    }

    /**
     * Begins the read's snapshot by reading the connection's data version, notes whether another
     * connection committed since this one last looked (then every kept count is stale) and gives
     * the epoch the read may keep counts under (-1: none). The epoch is taken before the version
     * is read: see {@link CountCache}.
     */
    private long changeTag(Connection c) {
        long tag = counts.epoch();
        long version;
        try {
            version = dialect.dataVersion(c);
        } catch (SQLException e) {
            throw new StoreException(dialect.describe(e), e);
        }
        if (version < 0) return -1;
        Long last = versions.put(c, version);
        if (last == null || last != version) counts.changed();
        return tag;
    }

    /** The counts kept between reads of this pool. */
    CountCache counts() { return counts; }

    private <T> T run(Connection c, Database.SqlWork<T> work) {
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(dialect.describe(e), e);
        }
    }

    private Connection borrow() {
        try {
            while (true) {
                requireOpen();
                Connection c = idle.poll();
                if (c == null) c = openIfRoom();
                if (c == null) c = idle.poll(100, TimeUnit.MILLISECONDS);
                if (c != null) return c;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection to " + dialect.location(), e);
        }
    }

    private synchronized Connection openIfRoom() {
        if (all.size() >= size || closed) return null;
        Connection c = dialect.openReader();
        all.add(c);
        return c;
    }

    private void release(Connection c, boolean ended) {
        if (!ended) {
            try {
                c.rollback(); // after a failure: drop the snapshot so the next read begins afresh
            } catch (SQLException ignored) {
                // nothing was written; the next read's commit ends the transaction anyway
            }
            if (!valid(c)) {
                // a server connection that died (PostgreSQL restarted, connection killed): open a new one next time
                synchronized (this) {
                    all.remove(c);
                }
                versions.remove(c);
                DatabaseFile.closeQuietly(c);
                return;
            }
        }
        idle.add(c);
    }

    private static boolean valid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void requireOpen() {
        if (closed) throw new IllegalStateException("store " + dialect.location() + " is closed");
    }

    /** Closes every connection, waiting up to {@code waitMs} for reads in progress to finish. */
    void close(long waitMs) {
        List<Connection> toClose;
        synchronized (this) {
            if (closed) return;
            closed = true;
            toClose = new ArrayList<>(all);
            all.clear();
        }
        long deadline = System.currentTimeMillis() + waitMs;
        int returned = 0;
        try {
            while (returned < toClose.size() && System.currentTimeMillis() < deadline) {
                if (idle.poll(50, TimeUnit.MILLISECONDS) != null) returned++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Connection c : toClose) DatabaseFile.closeQuietly(c);
    }

    @Override
    public void close() { close(10_000); }
}
