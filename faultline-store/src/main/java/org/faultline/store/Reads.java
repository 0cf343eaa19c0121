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
    private final Dialect dialect;

    Reads(DocRows docs, EventRows events, Dialect dialect) {
        this.docs = docs;
        this.events = events;
        this.dialect = dialect;
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

    List<Event> events(Connection c, EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        // with a date bound no undated event matches, so "undated last" is moot; dropping it lets
        // SQLite walk events_dyad_date in date order and stop after the page instead of sorting all
        String undatedLast = q.from() != null || q.to() != null ? "" : "date_from IS NULL, ";
        String sql = "SELECT " + EventRows.COLUMNS + " FROM events" + q.where(dialect, params)
                + " ORDER BY " + undatedLast + "date_from, article_id, ord LIMIT ? OFFSET ?";
        params.add(dialect.limit(q.limit()));
        params.add(q.offset());
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(events.read(rs));
        }
        return out;
    }

    long countEvents(Connection c, EventQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM events" + q.where(dialect, params), params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
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
