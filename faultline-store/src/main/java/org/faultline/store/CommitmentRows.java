package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.faultline.actors.Actor;
import org.faultline.commitments.Commitment;

/** Writes and reads the {@code commitments} table. Callers own the transaction. */
final class CommitmentRows {
    private static final String COLUMNS = "id, kind, parties, content, made_on, history";
    private final JsonCodec json;
    private final Dialect dialect;

    CommitmentRows(JsonCodec json, Dialect dialect) {
        this.json = json;
        this.dialect = dialect;
    }

    void deleteAll(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM commitments");
        }
    }

    void insert(Connection conn, List<Commitment> list) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO commitments(" + COLUMNS
                + ", party_countries, status, ord) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Commitment k : list) {
                ps.setString(1, k.id());
                ps.setString(2, k.kind());
                ps.setString(3, json.actors(k.parties()));
                ps.setString(4, k.content());
                ps.setString(5, k.madeOn());
                ps.setString(6, json.history(k.history()));
                ps.setString(7, partyCountries(k.parties()));
                ps.setString(8, k.status().name());
                ps.setInt(9, ord++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** " ARM AZE ": each distinct country code upper case, with a space before and after. */
    static String partyCountries(List<Actor> parties) {
        Set<String> codes = new LinkedHashSet<>();
        for (Actor a : parties) {
            String code = QueryParts.upper(a.country());
            if (code != null) codes.add(code);
        }
        return codes.isEmpty() ? " " : " " + String.join(" ", codes) + " ";
    }

    List<Commitment> query(Connection c, CommitmentQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM commitments" + q.where(dialect, params) + " ORDER BY ord LIMIT ? OFFSET ?";
        params.add(dialect.limit(q.limit()));
        params.add(q.offset());
        List<Commitment> out = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs));
        }
        return out;
    }

    long count(Connection c, CommitmentQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, "SELECT count(*) FROM commitments" + q.where(dialect, params), params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    void forEach(Connection c, Consumer<Commitment> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM commitments ORDER BY ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(read(rs));
        }
    }

    /**
     * The commitments first reported in [{@code fromIso}, {@code toExclusiveIso}) or with no date: the ones an
     * incremental link of a window may have recomputed. Reads only those rows, not the whole ledger.
     */
    void forEachMadeBetween(Connection c, String fromIso, String toExclusiveIso, Consumer<Commitment> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM commitments WHERE made_on IS NULL OR (made_on >= ? AND made_on < ?) ORDER BY ord")) {
            ps.setString(1, fromIso);
            ps.setString(2, toExclusiveIso);
            try (ResultSet rs = ps.executeQuery()) { while (rs.next()) consumer.accept(read(rs)); }
        }
    }

    private Commitment read(ResultSet rs) throws SQLException {
        // status is not read back: the record derives it from the last history entry
        return new Commitment(rs.getString(1), rs.getString(2), json.actors(rs.getString(3)), rs.getString(4),
                rs.getString(5), null, json.history(rs.getString(6)));
    }
}
