package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.faultline.claims.Claim;
import org.faultline.claims.Stance;

/** Writes claims as flat rows (speaker and about actors over columns) and reads them back. Callers own the transaction. */
final class ClaimRows {
    /** Number of columns {@link #columns(String)} selects. */
    static final int WIDTH = 21;
    private final JsonCodec json;
    private final Dialect dialect;

    ClaimRows(JsonCodec json, Dialect dialect) {
        this.json = json;
        this.dialect = dialect;
    }

    /** The columns {@link #read} expects, each prefixed with {@code alias.} (for joins). */
    static String columns(String alias) {
        String p = alias + ".";
        return p + "id, " + p + "article_id, " + p + "sentence_index, " + p + ActorColumns.names("speaker").replace(", ", ", " + p)
                + ", " + p + "cue, " + p + "content, " + p + "direct_quote, " + p + "stance, "
                + p + ActorColumns.names("about").replace(", ", ", " + p) + ", " + p + "event_ids, " + p + "date";
    }

    void insert(Connection conn, String articleId, List<Claim> claims) throws SQLException {
        Set<String> seen = new HashSet<>();
        for (Claim c : claims) {
            if (!seen.add(c.id())) throw new IllegalArgumentException("article " + articleId + " has two claims with id " + c.id());
        }
        String sql = "INSERT INTO claims(id, article_id, sentence_index, " + ActorColumns.names("speaker")
                + ", cue, content, direct_quote, stance, " + ActorColumns.names("about") + ", event_ids, date, ord) VALUES ("
                + "?,".repeat(WIDTH) + "?)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int ord = 0;
            for (Claim c : claims) {
                int i = 1;
                ps.setString(i++, c.id());
                ps.setString(i++, articleId);
                ps.setInt(i++, c.sentenceIndex());
                i = ActorColumns.set(ps, i, c.speaker());
                ps.setString(i++, c.cue());
                ps.setString(i++, c.content());
                ps.setInt(i++, c.directQuote() ? 1 : 0);
                ps.setString(i++, c.stance().name());
                i = ActorColumns.set(ps, i, c.about());
                ps.setString(i++, json.strings(c.eventIds()));
                ps.setString(i++, c.date());
                ps.setInt(i, ord++);
                ps.addBatch();
            }
            try {
                dialect.recoverable(conn, c -> ps.executeBatch());
            } catch (SQLException e) {
                if (dialect.isDuplicateKey(e, "claims")) throw clash(conn, articleId, claims);
                throw e;
            }
        }
    }

    /** Names the claim whose id another article already uses, instead of the database's bare constraint message. */
    private static IllegalArgumentException clash(Connection conn, String articleId, List<Claim> claims) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT article_id FROM claims WHERE id = ?")) {
            for (Claim c : claims) {
                ps.setString(1, c.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && !articleId.equals(rs.getString(1)))
                        return new IllegalArgumentException("claim id " + c.id() + " of article " + articleId
                                + " is already used by article " + rs.getString(1));
                }
            }
        }
        return new IllegalArgumentException("article " + articleId + ": duplicate claim id");
    }

    void deleteFor(Connection conn, String articleId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM claims WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
    }

    List<Claim> query(Connection c, ClaimQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + columns("c") + " FROM claims c JOIN articles a ON a.id = c.article_id" + q.where(params)
                + " ORDER BY a.seq, c.ord LIMIT ? OFFSET ?";
        params.add(dialect.limit(q.limit()));
        params.add(q.offset());
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(read(rs, 1));
        }
        return out;
    }

    long count(Connection c, ClaimQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, "SELECT count(*) FROM claims c" + q.where(params), params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    void forEach(Connection c, Consumer<Claim> consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns("c")
                + " FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.seq, c.ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(read(rs, 1));
        }
    }

    Optional<Claim> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + columns("c") + " FROM claims c WHERE c.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, 1)) : Optional.empty();
            }
        }
    }

    /** Reads a claim selected with {@link #columns} starting at column {@code first}. */
    Claim read(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new Claim(rs.getString(i), rs.getString(i + 1), rs.getInt(i + 2), ActorColumns.read(rs, i + 3),
                rs.getString(i + 9), rs.getString(i + 10), rs.getInt(i + 11) != 0, Stance.valueOf(rs.getString(i + 12)),
                ActorColumns.read(rs, i + 13), json.strings(rs.getString(i + 19)), rs.getString(i + 20));
    }
}
