package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;

/**
 * Writes and reads the {@code contradictions} table, and reads them joined with both claims and
 * their evidence as {@link ContestedPair}s. Callers own the transaction.
 */
final class ContradictionRows {
    private static final String COLUMNS = "k.id, k.claim_a, k.claim_b, k.incident_id, k.kind, k.explanation, k.score";
    private final ClaimRows claims;
    private final Dialect dialect;

    ContradictionRows(ClaimRows claims, Dialect dialect) {
        this.claims = claims;
        this.dialect = dialect;
    }

    void deleteAll(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("DELETE FROM contradictions");
        }
    }

    /**
     * Inserts contradictions in order. Both claims must be stored: a contradiction citing an
     * unknown claim is a caller's bug, reported by name rather than as a foreign-key failure.
     */
    void insert(Connection conn, List<Contradiction> list) throws SQLException {
        try (PreparedStatement exists = conn.prepareStatement("SELECT 1 FROM claims WHERE id = ?");
             PreparedStatement ps = conn.prepareStatement("INSERT INTO contradictions(id, claim_a, claim_b, incident_id, "
                     + "kind, explanation, ord, score) VALUES (?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Contradiction k : list) {
                requireClaim(exists, k, k.claimA());
                requireClaim(exists, k, k.claimB());
                ps.setString(1, k.id());
                ps.setString(2, k.claimA());
                ps.setString(3, k.claimB());
                ps.setString(4, k.incidentId());
                ps.setString(5, k.kind().name());
                ps.setString(6, k.explanation());
                ps.setInt(7, ord++);
                ps.setDouble(8, k.score());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void requireClaim(PreparedStatement exists, Contradiction k, String claimId) throws SQLException {
        exists.setString(1, claimId);
        try (ResultSet rs = exists.executeQuery()) {
            if (!rs.next())
                throw new IllegalArgumentException("contradiction " + k.id() + " cites claim " + claimId + ", which is not stored");
        }
    }

    void forEach(Connection c, Consumer<Contradiction> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM contradictions k ORDER BY k.score DESC, k.ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(read(rs));
        }
    }

    List<ContestedPair> pairs(Connection c, ContradictionQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + ", " + side("a") + ", " + side("b") + JOINS + q.where(params)
                + " ORDER BY k.score DESC, k.ord LIMIT ? OFFSET ?";
        params.add(dialect.limit(q.limit()));
        params.add(q.offset());
        List<ContestedPair> out = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            int sideWidth = ClaimRows.WIDTH + 5;
            while (rs.next()) out.add(new ContestedPair(read(rs), side(rs, 8), side(rs, 8 + sideWidth)));
        }
        return out;
    }

    long count(Connection c, ContradictionQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, "SELECT count(*)" + JOINS + q.where(params), params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static final String JOINS = " FROM contradictions k"
            + " JOIN claims ca ON ca.id = k.claim_a JOIN articles aa ON aa.id = ca.article_id"
            + " LEFT JOIN sentences sa ON sa.article_id = ca.article_id AND sa.idx = ca.sentence_index"
            + " JOIN claims cb ON cb.id = k.claim_b JOIN articles ab ON ab.id = cb.article_id"
            + " LEFT JOIN sentences sb ON sb.article_id = cb.article_id AND sb.idx = cb.sentence_index";

    /** The columns of one side: the claim's, then sentence text, title, source, url, published (WIDTH + 5). */
    private static String side(String x) {
        return ClaimRows.columns("c" + x) + ", s" + x + ".text, a" + x + ".title, a" + x + ".source, a" + x + ".url, a"
                + x + ".published";
    }

    private ContestedPair.Side side(ResultSet rs, int first) throws SQLException {
        int i = first + ClaimRows.WIDTH;
        return new ContestedPair.Side(claims.read(rs, first), rs.getString(i), rs.getString(i + 1), rs.getString(i + 2),
                rs.getString(i + 3), ArticleRows.date(rs.getString(i + 4)));
    }

    private static Contradiction read(ResultSet rs) throws SQLException {
        return new Contradiction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ContradictionKind.valueOf(rs.getString(5)), rs.getString(6), rs.getDouble(7));
    }
}
