package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.faultline.incidents.Incident;

/** Writes and reads the {@code incidents} table. Callers own the transaction. */
final class IncidentRows {
    private static final String COLUMNS = "id, source_country, target_country, type_family, first_date, last_date, place, "
            + "event_ids, article_ids, sources, first_seen, last_seen, confidence, joins";
    private static final String ORDER = " ORDER BY first_from IS NULL, first_from, ord";
    private final JsonCodec json;
    private final Dialect dialect;

    IncidentRows(JsonCodec json, Dialect dialect) {
        this.json = json;
        this.dialect = dialect;
    }

    void deleteAll(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM incidents");
        }
    }

    void insert(Connection conn, List<Incident> incidents) throws SQLException {
        String sql = "INSERT INTO incidents(" + COLUMNS + ", ord, event_count, first_from, last_to) VALUES ("
                + "?,".repeat(17) + "?)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int ord = 0;
            for (Incident x : incidents) {
                int i = 1;
                ps.setString(i++, x.id());
                ps.setString(i++, x.sourceCountry());
                ps.setString(i++, x.targetCountry());
                ps.setString(i++, x.typeFamily());
                ps.setString(i++, x.firstDate());
                ps.setString(i++, x.lastDate());
                ps.setString(i++, x.place());
                ps.setString(i++, json.strings(x.eventIds()));
                ps.setString(i++, json.strings(x.articleIds()));
                ps.setInt(i++, x.sources());
                ps.setString(i++, x.firstSeen());
                ps.setString(i++, x.lastSeen());
                ps.setDouble(i++, x.confidence());
                ps.setString(i++, json.stringMap(x.joins()));
                ps.setInt(i++, ord++);
                ps.setInt(i++, x.eventIds().size());
                DateSpan first = DateSpan.of(x.firstDate());
                DateSpan last = x.lastDate() == null ? first : DateSpan.of(x.lastDate());
                ps.setString(i++, first == null ? null : first.from().toString());
                ps.setString(i, last == null ? (first == null ? null : first.to().toString()) : last.to().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    List<Incident> query(Connection c, IncidentQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM incidents" + q.where(params) + ORDER + " LIMIT ? OFFSET ?";
        params.add(dialect.limit(q.limit()));
        params.add(q.offset());
        List<Incident> out = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs));
        }
        return out;
    }

    long count(Connection c, IncidentQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, "SELECT count(*) FROM incidents" + q.where(params), params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    Optional<Incident> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM incidents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    void forEach(Connection c, Consumer<Incident> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM incidents ORDER BY ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(read(rs));
        }
    }

    private Incident read(ResultSet rs) throws SQLException {
        return new Incident(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), json.strings(rs.getString(8)), json.strings(rs.getString(9)),
                rs.getInt(10), rs.getString(11), rs.getString(12), rs.getDouble(13), json.stringMap(rs.getString(14)));
    }
}
