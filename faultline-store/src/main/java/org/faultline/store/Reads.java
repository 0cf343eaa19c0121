package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.faultline.events.Event;
import org.faultline.nlp.Doc;

/** The read queries of {@link Store} that span tables or feed other stages. */
final class Reads {
    private final DocRows docs;
    private final EventRows events;
    /**
     * Up to this many text matches are fetched by rowid and sorted; past it an ordering index is
     * walked and each event tested against the matches. Fetching costs per match, walking per
     * event passed before the page is full (about limit x events / matches): they cross near a
     * few thousand matches whatever the store's size.
     */
    static final long FETCH_MATCHES_UP_TO = 2000;
    private final Dialect dialect;
    private final CountCache counts;

    Reads(DocRows docs, EventRows events, Dialect dialect, CountCache counts) {
        this.docs = docs;
        this.events = events;
        this.dialect = dialect;
        this.counts = counts;
    }

    Optional<Doc> doc(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT annotated, report_date FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) == 0) return Optional.empty();
                return Optional.of(docs.load(c, articleId, ArticleRows.date(rs.getString(2))));
            }
        }
    }

    /**
     * A page of events in date order, undated last. Read as two index ranges, the dated events
     * and then the undated ones, each in the order of an index (date_from, article_id, ord), so a
     * page is the first rows of a range and stops there; "ORDER BY date_from IS NULL, ..." in one
     * query would sort every matching event first. A date range leaves the undated out anyway.
     */
    List<Event> events(Connection c, EventQuery q) throws SQLException {
        if (q.from() != null || q.to() != null) return page(c, q, null, q.limit(), q.offset());
        List<Event> out = page(c, q, "date_from IS NOT NULL", q.limit(), q.offset());
        if (q.limit() >= 0 && out.size() >= q.limit()) return out;
        // past the dated events: how many of the page's offset they used up
        long undatedOffset = !out.isEmpty() || q.offset() == 0 ? 0 : Math.max(0, q.offset() - count(c, q, "date_from IS NOT NULL"));
        int undatedLimit = q.limit() < 0 ? -1 : q.limit() - out.size();
        out.addAll(page(c, q, "date_from IS NULL", undatedLimit, undatedOffset));
        return out;
    }

    private List<Event> page(Connection c, EventQuery q, String extra, int limit, long offset) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = pageSql(c, q, extra, params, limit, offset);
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(events.read(rs));
        }
        return out;
    }

    /**
     * How many events match (ignoring the page). A count with a text filter is kept until the
     * database changes ({@link CountCache}): it costs as much as the whole rest of a listing.
     */
    private String pageSql(Connection c, EventQuery q, String extra, List<Object> params, int limit, long offset)
            throws SQLException {
        String sql = "SELECT " + EventRows.COLUMNS + " FROM events" + where(c, q, params, extra)
                + " ORDER BY date_from, article_id, ord LIMIT ? OFFSET ?";
        params.add(dialect.limit(limit));
        params.add(offset);
        return sql;
    }

    private String countSql(Connection c, EventQuery q, String extra, List<Object> params) throws SQLException {
        return "SELECT count(*) FROM events" + where(c, q, params, extra);
    }

    /**
     * The statements a page of {@code q} and its count run (the page's dated and undated parts,
     * or its one part with a date range; then the count), each with its plan: for tests that
     * check every listing is read through an index. SQLite only ({@code EXPLAIN QUERY PLAN}).
     */
    Map<String, List<String>> explainEvents(Connection c, EventQuery q) throws SQLException {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        List<String> parts = q.from() != null || q.to() != null ? java.util.Arrays.asList((String) null)
                : List.of("date_from IS NOT NULL", "date_from IS NULL");
        for (String extra : parts) {
            List<Object> params = new ArrayList<>();
            String sql = pageSql(c, q, extra, params, q.limit(), q.offset());
            plans.put("page" + (extra == null ? "" : " (" + extra + ")"), explain(c, sql, params));
        }
        if (!(q.textOnly() && dialect.evidenceMatchCount() != null)) {
            List<Object> params = new ArrayList<>();
            plans.put("count", explain(c, countSql(c, q, null, params), params));
        }
        return plans;
    }

    static List<String> explain(Connection c, String sql, List<Object> params) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "EXPLAIN QUERY PLAN " + sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) lines.add(rs.getString("detail"));
        }
        return lines;
    }

    private long count(Connection c, EventQuery q, String extra) throws SQLException {
        if (q.text() == null) return countNow(c, q, extra);
        return counts.count(c, List.of(q.unpaged(), String.valueOf(extra)), conn -> countNow(conn, q, extra));
    }

    private long countNow(Connection c, EventQuery q, String extra) throws SQLException {
        // the text alone: the full-text index counts its matches without reading events
        if (extra == null && q.textOnly() && dialect.evidenceMatchCount() != null) return textMatches(c, q.text());
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, countSql(c, q, extra, params), params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The WHERE clause, with the text filter in the form that suits how many events its words
     * match: few are fetched by rowid and sorted, many are tested while an ordering index is
     * walked (which then stops after the page).
     */
    private String where(Connection c, EventQuery q, List<Object> params, String extra) throws SQLException {
        boolean inOrder = q.text() != null && dialect.evidenceMatchCount() != null && textMatches(c, q.text()) > FETCH_MATCHES_UP_TO;
        String where = q.where(dialect, params, inOrder);
        if (extra == null) return where;
        return where.isEmpty() ? " WHERE " + extra : where + " AND " + extra;
    }

    /** Events whose evidence holds all these words, counted in the full-text index (kept as other counts). */
    private long textMatches(Connection c, String text) throws SQLException {
        if (FullTextWords.words(text).isEmpty()) return 0;
        return counts.count(c, "text-matches:" + text, conn -> {
            try (PreparedStatement ps = conn.prepareStatement(dialect.evidenceMatchCount())) {
                ps.setString(1, dialect.evidenceQuery(text));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            }
        });
    }

    long countEvents(Connection c, EventQuery q) throws SQLException {
        return count(c, q, null);
    }

    void forEachEvent(Connection c, Consumer<Event> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EventRows.COLUMNS
                + " FROM events ORDER BY article_id, ord"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(events.read(rs));
        }
    }

    Set<String> ids(Connection c) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles ORDER BY seq"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    Map<String, String> knownHashes(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash, id FROM articles "
                + "WHERE duplicate_of IS NULL AND content_hash IS NOT NULL ORDER BY seq"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.putIfAbsent(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    void forEachText(Connection c, BiConsumer<String, String> consumer, boolean originalsOnly) throws SQLException {
        String where = originalsOnly ? " WHERE duplicate_of IS NULL" : "";
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM articles" + where + " ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(rs.getString(1), rs.getString(2));
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        return ps;
    }
}
