package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.faultline.ingest.Article;
import org.faultline.ingest.dedup.DuplicateIndex;

/** Reads and writes the {@code articles} table. Callers own the transaction. */
final class ArticleRows {
    static final String COLUMNS = "id, source, url, title, published, published_inferred, format, raw, text, "
            + "removed, content_hash, duplicate_of, problems";
    private final JsonCodec json;

    ArticleRows(JsonCodec json) { this.json = json; }

    /** Where a stored article sits in storage order, and when it was first stored. */
    record Stored(long seq, String ingestedAt) {}

    /** The stored article with this id, or null when there is none. */
    Stored stored(Connection conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT seq, ingested_at FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Stored(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }

    /** Deletes the article; the foreign keys cascade to its annotation and events. */
    void delete(Connection conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Inserts the article row. A replaced article gets its old {@code previous} seq and first
     * ingestion time back, so storage order stays "first seen" order: the first of two equal
     * texts must stay the original when duplicate detection is seeded in that order.
     */
    void insert(Connection conn, Article a, Stored previous, boolean annotated, LocalDate reportDate) throws SQLException {
        // a new article leaves seq out so the database picks the next one (SQLite's rowid, PostgreSQL's identity)
        String sql = previous != null
                ? "INSERT INTO articles(" + COLUMNS + ", ingested_at, annotated, report_date, fingerprint, seq) VALUES (" + "?,".repeat(17) + "?)"
                : "INSERT INTO articles(" + COLUMNS + ", ingested_at, annotated, report_date, fingerprint) VALUES (" + "?,".repeat(16) + "?)";
        String ingestedAt = previous != null ? previous.ingestedAt() : Instant.now().toString();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, a.id());
            ps.setString(2, a.source());
            ps.setString(3, a.url());
            ps.setString(4, a.title());
            ps.setString(5, a.published() == null ? null : a.published().toString());
            ps.setInt(6, a.publishedInferred() ? 1 : 0);
            ps.setString(7, a.format());
            ps.setString(8, a.raw());
            ps.setString(9, a.text());
            ps.setString(10, json.removed(a.removed()));
            ps.setString(11, a.contentHash());
            ps.setString(12, a.duplicateOf());
            ps.setString(13, json.strings(a.problems()));
            ps.setString(14, ingestedAt);
            ps.setInt(15, annotated ? 1 : 0);
            ps.setString(16, reportDate == null ? null : reportDate.toString());
            // kept so the next ingest seeds duplicate detection without shingling this text again
            ps.setBytes(17, DuplicateIndex.fingerprint(a.text()));
            if (previous != null) ps.setLong(18, previous.seq());
            ps.executeUpdate();
        }
    }

    Optional<Article> find(Connection conn, String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * (id, content hash, fingerprint) of every original article in storage order; a row stored
     * before fingerprints existed gets its hash and fingerprint computed from its text, and
     * {@code missing} receives it so the caller can save it.
     */
    void forEachOriginalFingerprint(Connection conn, Consumer<StoredFingerprint> consumer, Consumer<StoredFingerprint> missing)
            throws SQLException {
        String sql = "SELECT id, content_hash, fingerprint, CASE WHEN fingerprint IS NULL OR content_hash IS NULL THEN text END "
                + "FROM articles WHERE duplicate_of IS NULL ORDER BY seq";
        try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String text = rs.getString(4);
                if (text == null) {
                    consumer.accept(new StoredFingerprint(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                } else {
                    StoredFingerprint f = new StoredFingerprint(rs.getString(1),
                            rs.getString(2) != null ? rs.getString(2) : org.faultline.ingest.dedup.ContentHash.of(text),
                            DuplicateIndex.fingerprint(text));
                    consumer.accept(f);
                    missing.accept(f);
                }
            }
        }
    }

    /** Saves fingerprints computed for rows stored before they existed. */
    void saveFingerprints(Connection conn, List<StoredFingerprint> fingerprints) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE articles SET fingerprint = ? WHERE id = ?")) {
            for (StoredFingerprint f : fingerprints) {
                ps.setBytes(1, f.fingerprint());
                ps.setString(2, f.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void forEach(Connection conn, Consumer<Article> consumer) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM articles ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) consumer.accept(read(rs));
        }
    }

    List<ArticleSummary> list(Connection conn, int limit, int offset) throws SQLException {
        String sql = "SELECT a.id, a.source, a.title, a.published, a.published_inferred, a.format, a.duplicate_of, "
                + "length(a.text), (SELECT count(*) FROM sentences s WHERE s.article_id = a.id), "
                + "(SELECT count(*) FROM events e WHERE e.article_id = a.id), a.ingested_at "
                + "FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?";
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                            rs.getInt(5) != 0, rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                            rs.getInt(10), rs.getString(11)));
                }
            }
        }
        return out;
    }

    Article read(ResultSet rs) throws SQLException {
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs.getString(5)),
                rs.getInt(6) != 0, rs.getString(7), rs.getString(8), rs.getString(9), json.removed(rs.getString(10)),
                rs.getString(11), rs.getString(12), json.strings(rs.getString(13)));
    }

    static LocalDate date(String iso) { return iso == null ? null : LocalDate.parse(iso); }
}
