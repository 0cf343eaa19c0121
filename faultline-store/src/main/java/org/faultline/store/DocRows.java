package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Quote;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;

/**
 * Writes a {@link Doc} as rows of {@code sentences}, {@code entities}, {@code times} and
 * {@code quotes}, and rebuilds it from them. Callers own the transaction.
 */
final class DocRows {
    private final JsonCodec json;

    DocRows(JsonCodec json) { this.json = json; }

    void insert(Connection conn, String articleId, Doc doc) throws SQLException {
        try (PreparedStatement sent = conn.prepareStatement(
                "INSERT INTO sentences(article_id, idx, text, begin_char, end_char, token_count, tokens, dependencies) "
                        + "VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement ent = conn.prepareStatement(
                "INSERT INTO entities(article_id, sentence_idx, ord, text, type, start_token, end_token, normalized) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement time = conn.prepareStatement(
                "INSERT INTO times(article_id, sentence_idx, ord, text, start_token, end_token, value, precision) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Sentence s : doc.sentences()) {
                sent.setString(1, articleId);
                sent.setInt(2, s.index());
                sent.setString(3, s.text());
                sent.setInt(4, s.beginChar());
                sent.setInt(5, s.endChar());
                sent.setInt(6, s.tokens().size());
                sent.setString(7, json.tokens(s.tokens()));
                sent.setString(8, json.dependencies(s.dependencies()));
                sent.addBatch();
                int ord = 0;
                for (Entity e : s.entities()) {
                    ent.setString(1, articleId);
                    ent.setInt(2, s.index());
                    ent.setInt(3, ord++);
                    ent.setString(4, e.text());
                    ent.setString(5, e.type());
                    ent.setInt(6, e.startToken());
                    ent.setInt(7, e.endToken());
                    ent.setString(8, e.normalized());
                    ent.addBatch();
                }
                ord = 0;
                for (TimeExpression t : s.times()) {
                    time.setString(1, articleId);
                    time.setInt(2, s.index());
                    time.setInt(3, ord++);
                    time.setString(4, t.text());
                    time.setInt(5, t.startToken());
                    time.setInt(6, t.endToken());
                    time.setString(7, t.value());
                    time.setString(8, t.precision().name());
                    time.addBatch();
                }
            }
            sent.executeBatch();
            ent.executeBatch();
            time.executeBatch();
        }
        insertQuotes(conn, articleId, doc.quotes());
    }

    private static void insertQuotes(Connection conn, String articleId, List<Quote> quotes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO quotes(article_id, ord, text, begin_char, end_char, "
                + "sentence_begin, sentence_end, speaker, canonical_speaker) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Quote q : quotes) {
                ps.setString(1, articleId);
                ps.setInt(2, ord++);
                ps.setString(3, q.text());
                ps.setInt(4, q.beginChar());
                ps.setInt(5, q.endChar());
                ps.setInt(6, q.sentenceBegin());
                ps.setInt(7, q.sentenceEnd());
                ps.setString(8, q.speaker());
                ps.setString(9, q.canonicalSpeaker());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Rebuilds the doc of an article that was stored with one. */
    Doc load(Connection conn, String articleId, LocalDate reportDate) throws SQLException {
        Map<Integer, List<Entity>> entities = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT sentence_idx, text, type, start_token, end_token, normalized "
                + "FROM entities WHERE article_id = ? ORDER BY sentence_idx, ord")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) entities.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new Entity(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)));
            }
        }
        Map<Integer, List<TimeExpression>> times = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT sentence_idx, text, start_token, end_token, value, precision "
                + "FROM times WHERE article_id = ? ORDER BY sentence_idx, ord")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) times.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new TimeExpression(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                                DatePrecision.valueOf(rs.getString(6))));
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT idx, text, begin_char, end_char, tokens, dependencies "
                + "FROM sentences WHERE article_id = ? ORDER BY idx")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int idx = rs.getInt(1);
                    sentences.add(new Sentence(idx, rs.getString(2), rs.getInt(3), rs.getInt(4), json.tokens(rs.getString(5)),
                            entities.getOrDefault(idx, List.of()), json.dependencies(rs.getString(6)),
                            times.getOrDefault(idx, List.of())));
                }
            }
        }
        return new Doc(articleId, reportDate, sentences, loadQuotes(conn, articleId));
    }

    private static List<Quote> loadQuotes(Connection conn, String articleId) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT text, begin_char, end_char, sentence_begin, sentence_end, "
                + "speaker, canonical_speaker FROM quotes WHERE article_id = ? ORDER BY ord")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) quotes.add(new Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7)));
            }
        }
        return quotes;
    }
}
