package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.nlp.DatePrecision;

/**
 * Writes events as flat rows (actors and location spread over columns so dyad filters use an
 * index) and reads them back. Callers own the transaction.
 */
final class EventRows {
    static final String COLUMNS = "id, article_id, sentence_index, evidence, trigger_text, type, mode, context, cameo, "
            + "goldstein, quad, "
            + "source_text, source_name, source_country, source_sector, source_code, source_wikidata, "
            + "target_text, target_name, target_country, target_sector, target_code, target_wikidata, "
            + "claimed_text, claimed_name, claimed_country, claimed_sector, claimed_code, claimed_wikidata, "
            + "date, date_precision, location_name, location_country, location_lat, location_lon, "
            + "factuality, confidence, incident_id, path";
    private final JsonCodec json;
    private final Dialect dialect;

    EventRows(JsonCodec json, Dialect dialect) {
        this.json = json;
        this.dialect = dialect;
    }

    void insert(Connection conn, String articleId, List<Event> events) throws SQLException {
        String sql = "INSERT INTO events(" + COLUMNS + ", ord, date_from, date_to) VALUES ("
                + "?,".repeat(41) + "?)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int ord = 0;
            for (Event e : events) {
                int i = 1;
                ps.setString(i++, e.id());
                ps.setString(i++, articleId);
                ps.setInt(i++, e.sentenceIndex());
                ps.setString(i++, e.evidence());
                ps.setString(i++, e.trigger());
                ps.setString(i++, e.type());
                ps.setString(i++, e.mode());
                ps.setString(i++, json.strings(e.context()));
                ps.setString(i++, e.cameo());
                ps.setDouble(i++, e.goldstein());
                ps.setInt(i++, e.quad());
                i = setActor(ps, i, e.source());
                i = setActor(ps, i, e.target());
                i = setActor(ps, i, e.claimedBy());
                ps.setString(i++, e.date());
                ps.setString(i++, e.datePrecision().name());
                Location loc = e.location();
                ps.setString(i++, loc == null ? null : loc.name());
                ps.setString(i++, loc == null ? null : loc.country());
                setDouble(ps, i++, loc == null ? null : loc.lat());
                setDouble(ps, i++, loc == null ? null : loc.lon());
                ps.setString(i++, e.factuality().name());
                ps.setDouble(i++, e.confidence());
                ps.setString(i++, e.incidentId());
                ps.setString(i++, e.path());
                ps.setInt(i++, ord++);
                DateSpan span = DateSpan.of(e.date());
                ps.setString(i++, span == null ? null : span.from().toString());
                ps.setString(i, span == null ? null : span.to().toString());
                ps.addBatch();
            }
            try {
                dialect.recoverable(conn, c -> ps.executeBatch());
            } catch (SQLException e) {
                if (dialect.isDuplicateKey(e, "events")) throw clash(conn, articleId, events, e);
                throw e;
            }
        }
    }

    /** Names the event whose id is already taken, instead of the database's bare constraint message. */
    private static IllegalArgumentException clash(Connection conn, String articleId, List<Event> events, SQLException cause)
            throws SQLException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Event e : events) {
            if (!seen.add(e.id()))
                return new IllegalArgumentException("article " + articleId + " has two events with id " + e.id());
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT article_id FROM events WHERE id = ?")) {
            for (Event e : events) {
                ps.setString(1, e.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !articleId.equals(rs.getString(1)))
                        return new IllegalArgumentException("event id " + e.id() + " of article " + articleId
                                + " is already used by article " + rs.getString(1));
                }
            }
        }
        return new IllegalArgumentException("article " + articleId + ": duplicate event id (" + cause.getMessage() + ")");
    }

    void deleteFor(Connection conn, String articleId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
    }

    void clearIncidents(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL")) {
            ps.executeUpdate();
        }
    }

    int setIncidents(Connection conn, Map<String, String> incidentByEvent) throws SQLException {
        int updated = 0;
        try (PreparedStatement ps = conn.prepareStatement("UPDATE events SET incident_id = ? WHERE id = ?")) {
            for (Map.Entry<String, String> e : incidentByEvent.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setString(2, e.getKey());
                updated += ps.executeUpdate();
            }
        }
        return updated;
    }

    private static int setActor(PreparedStatement ps, int i, Actor a) throws SQLException {
        ps.setString(i++, a == null ? null : a.text());
        ps.setString(i++, a == null ? null : a.name());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.sector());
        ps.setString(i++, a == null ? null : a.code());
        ps.setString(i++, a == null ? null : a.wikidata());
        return i;
    }

    private static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, value);
    }

    /** Reads one row selected with {@link #COLUMNS} in that order. */
    Event read(ResultSet rs) throws SQLException {
        String locName = rs.getString(32);
        Location loc = locName == null ? null
                : new Location(locName, rs.getString(33), nullableDouble(rs, 34), nullableDouble(rs, 35));
        return new Event(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), json.strings(rs.getString(8)), rs.getString(9), rs.getDouble(10),
                rs.getInt(11), actor(rs, 12), actor(rs, 18), rs.getString(30),
                DatePrecision.valueOf(rs.getString(31)), loc, Factuality.valueOf(rs.getString(36)),
                actor(rs, 24), rs.getDouble(37), rs.getString(38), rs.getString(39));
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Actor actor(ResultSet rs, int first) throws SQLException {
        String text = rs.getString(first);
        if (text == null) return null;
        return new Actor(text, rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5));
    }
}
