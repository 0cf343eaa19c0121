package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and writes the watch tables ({@code V6__watch.sql}). Callers own the transaction. */
final class WatchRows {
    private static final String SOURCE_COLUMNS = "name, location, outlet, etag, last_modified, last_poll, last_success, "
            + "next_poll, items_seen, errors, consecutive_failures, last_error";

    List<SourceStatus> sources(Connection c) throws SQLException {
        List<SourceStatus> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS + " FROM watch_sources ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(source(rs));
        }
        return out;
    }

    Optional<SourceStatus> source(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SOURCE_COLUMNS + " FROM watch_sources WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(source(rs)) : Optional.empty();
            }
        }
    }

    void saveSource(Connection c, SourceStatus s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_sources(" + SOURCE_COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET location = excluded.location, "
                + "outlet = excluded.outlet, etag = excluded.etag, last_modified = excluded.last_modified, "
                + "last_poll = excluded.last_poll, last_success = excluded.last_success, next_poll = excluded.next_poll, "
                + "items_seen = excluded.items_seen, errors = excluded.errors, "
                + "consecutive_failures = excluded.consecutive_failures, last_error = excluded.last_error")) {
            ps.setString(1, s.name());
            ps.setString(2, s.location());
            ps.setString(3, s.outlet());
            ps.setString(4, s.etag());
            ps.setString(5, s.lastModified());
            ps.setString(6, text(s.lastPoll()));
            ps.setString(7, text(s.lastSuccess()));
            ps.setString(8, text(s.nextPoll()));
            ps.setLong(9, s.itemsSeen());
            ps.setLong(10, s.errors());
            ps.setInt(11, s.consecutiveFailures());
            ps.setString(12, s.lastError());
            ps.executeUpdate();
        }
    }

    Set<String> seenKeys(Connection c, String source) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_key FROM watch_items WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    boolean markSeen(Connection c, String source, String key, String articleId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_items(source, item_key, article_id, seen_at) "
                + "VALUES (?,?,?,?) ON CONFLICT(source, item_key) DO NOTHING")) {
            ps.setString(1, source);
            ps.setString(2, key);
            ps.setString(3, articleId);
            ps.setString(4, at.toString());
            return ps.executeUpdate() > 0;
        }
    }

    /** The outlet of the watch source that yielded an article, or null. */
    String outletOf(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.outlet FROM watch_items i JOIN watch_sources s "
                + "ON s.name = i.source WHERE i.article_id = ? AND s.outlet IS NOT NULL ORDER BY i.seen_at LIMIT 1")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Inserts the alert and one pending delivery per sink, unless it was fired before: true when new. */
    boolean fire(Connection c, StoredAlert a, List<String> sinks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alerts(dyad, granularity, period, payload, fired_at) "
                + "VALUES (?,?,?,?,?) ON CONFLICT(dyad, granularity, period) DO NOTHING")) {
            ps.setString(1, a.dyad());
            ps.setString(2, a.granularity());
            ps.setString(3, a.period());
            ps.setString(4, a.payload());
            ps.setString(5, a.firedAt().toString());
            if (ps.executeUpdate() == 0) return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_deliveries(dyad, granularity, period, sink) VALUES (?,?,?,?)")) {
            for (String sink : sinks) {
                ps.setString(1, a.dyad());
                ps.setString(2, a.granularity());
                ps.setString(3, a.period());
                ps.setString(4, sink);
                ps.addBatch();
            }
            if (!sinks.isEmpty()) ps.executeBatch();
        }
        return true;
    }

    List<StoredAlert> alerts(Connection c, int limit) throws SQLException {
        List<StoredAlert> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dyad, granularity, period, payload, fired_at FROM alerts "
                + "ORDER BY fired_at DESC, period DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(alert(rs, 1));
            }
        }
        return out;
    }

    List<PendingDelivery> pending(Connection c) throws SQLException {
        List<PendingDelivery> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.dyad, a.granularity, a.period, a.payload, a.fired_at, "
                + "d.sink, d.attempts, d.last_error FROM alert_deliveries d JOIN alerts a ON a.dyad = d.dyad "
                + "AND a.granularity = d.granularity AND a.period = d.period WHERE d.delivered_at IS NULL "
                + "ORDER BY a.fired_at, a.period");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new PendingDelivery(alert(rs, 1), rs.getString(6), rs.getInt(7), rs.getString(8)));
        }
        return out;
    }

    void deliveryAttempt(Connection c, StoredAlert a, String sink, Instant deliveredAt, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE alert_deliveries SET attempts = attempts + 1, "
                + "delivered_at = ?, last_error = ? WHERE dyad = ? AND granularity = ? AND period = ? AND sink = ?")) {
            if (deliveredAt == null) ps.setNull(1, Types.VARCHAR); else ps.setString(1, deliveredAt.toString());
            ps.setString(2, error);
            ps.setString(3, a.dyad());
            ps.setString(4, a.granularity());
            ps.setString(5, a.period());
            ps.setString(6, sink);
            ps.executeUpdate();
        }
    }

    private static StoredAlert alert(ResultSet rs, int from) throws SQLException {
        return new StoredAlert(rs.getString(from), rs.getString(from + 1), rs.getString(from + 2), rs.getString(from + 3),
                Instant.parse(rs.getString(from + 4)));
    }

    private static SourceStatus source(ResultSet rs) throws SQLException {
        return new SourceStatus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs.getString(6)), instant(rs.getString(7)), instant(rs.getString(8)), rs.getLong(9), rs.getLong(10),
                rs.getInt(11), rs.getString(12));
    }

    private static Instant instant(String s) { return s == null ? null : Instant.parse(s); }

    private static String text(Instant i) { return i == null ? null : i.toString(); }
}
