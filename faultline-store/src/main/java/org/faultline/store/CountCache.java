package org.faultline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts and aggregates that are costly to recompute (how many events a listing with a text
 * filter matches, the actors' tallies over every event), kept between reads until the database
 * changes. A paged listing asks for the same count with every page; with a full-text filter over
 * a large store that count is most of the request's work, and the actors aggregate reads every
 * event.
 *
 * <p>Validity: every read of the {@link ReadPool} notes the epoch <em>before</em> it looks at
 * its connection's data version, and bumps the epoch when that version moved (another
 * connection, in this process or another, committed). A count is kept under the epoch its read
 * started with and used only while the epoch is unchanged, so a count computed on a snapshot
 * older than any commit is never served after that commit was seen. Engines without a data
 * version ({@link Dialect#dataVersion} gives -1) keep nothing.
 */
final class CountCache {
    private static final int MAX_ENTRIES = 1024;
    private final AtomicLong epoch = new AtomicLong();
    private final ThreadLocal<Long> readTag = new ThreadLocal<>();
    private final Map<Object, Kept> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) { return size() > MAX_ENTRIES; }
    };

    /** The current epoch, to note before a read looks at its data version. */
    long epoch() { return epoch.get(); }

    /** The database changed: every count kept so far is stale. */
    void changed() { epoch.incrementAndGet(); }

    /** The epoch the current thread's read started with (-1: keep nothing), set by the read pool. */
    void startRead(long tag) { readTag.set(tag); }

    void endRead() { readTag.remove(); }

    /** The count under {@code key}, computed by {@code work} on {@code c} unless a valid one is kept. */
    long count(Connection c, Object key, Database.SqlWork<Long> work) throws SQLException {
        return value(c, key, work);
    }

    /**
     * Any result derived from the data alone (an aggregate), kept as counts are. The value must
     * be immutable: every later reader gets the same object.
     */
    <T> T value(Connection c, Object key, Database.SqlWork<T> work) throws SQLException {
        Long tag = readTag.get();
        if (tag == null || tag < 0) return work.run(c);
        synchronized (entries) {
            Kept e = entries.get(key);
            if (e != null && e.tag() == tag && tag == epoch.get()) {
                @SuppressWarnings("unchecked") T kept = (T) e.value();
                return kept;
            }
        }
        T value = work.run(c);
        synchronized (entries) {
            if (tag == epoch.get()) entries.put(key, new Kept(tag, value));
        }
        return value;
    }

    private record Kept(long tag, Object value) {}
}
