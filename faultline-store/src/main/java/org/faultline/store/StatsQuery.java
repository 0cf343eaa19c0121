package org.faultline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Computes {@link StoreStats} with a handful of aggregate queries. */
final class StatsQuery {
    private StatsQuery() {}

    static StoreStats compute(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            long articles = count(st, "SELECT count(*) FROM articles");
            long duplicates = count(st, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL");
            long annotated = count(st, "SELECT count(*) FROM articles WHERE annotated = 1");
            long sentences = count(st, "SELECT count(*) FROM sentences");
            long tokens = count(st, "SELECT COALESCE(SUM(token_count), 0) FROM sentences");
            long entities = count(st, "SELECT count(*) FROM entities");
            long times = count(st, "SELECT count(*) FROM times");
            long quotes = count(st, "SELECT count(*) FROM quotes");
            long events = count(st, "SELECT count(*) FROM events");
            long claims = count(st, "SELECT count(*) FROM claims");
            long incidents = count(st, "SELECT count(*) FROM incidents");
            long contradictions = count(st, "SELECT count(*) FROM contradictions");
            long commitments = count(st, "SELECT count(*) FROM commitments");
            Map<String, Long> entityTypes = grouped(st, "SELECT type, count(*) c FROM entities GROUP BY type ORDER BY c DESC, type");
            Map<String, Long> eventTypes = grouped(st, "SELECT type, count(*) c FROM events GROUP BY type ORDER BY c DESC, type");
            Map<String, Long> factuality = grouped(st,
                    "SELECT lower(factuality), count(*) c FROM events GROUP BY factuality ORDER BY c DESC, factuality");
            String first;
            String last;
            try (ResultSet rs = st.executeQuery("SELECT min(published), max(published) FROM articles")) {
                rs.next();
                first = rs.getString(1);
                last = rs.getString(2);
            }
            return new StoreStats(articles, duplicates, annotated, sentences, tokens, entities, times, quotes, events,
                    claims, incidents, contradictions, commitments, entityTypes, eventTypes, factuality,
                    ArticleRows.date(first), ArticleRows.date(last), Migrations.currentVersion(conn));
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Map<String, Long> grouped(Statement st, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }
}
