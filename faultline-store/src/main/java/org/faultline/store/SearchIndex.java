package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over articles' titles and clean text in SQLite (FTS5, bm25), ranked among the
 * {@link #CANDIDATES} most recently stored matches. A query is first tried
 * as FTS5 syntax (phrases, OR, NOT, prefix*, column:term), so power users keep it; when SQLite
 * rejects it, each whitespace-separated chunk is searched as a quoted phrase instead, because a
 * user typing an unbalanced quote, a colon or "Nagorno-Karabakh" wants their words found, not an
 * SQL error.
 */
final class SearchIndex implements FullText {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Title matches weigh more than body matches: a headline names what the article is about. */
    private static final String RANK = "bm25(articles_fts, 3.0, 1.0)";
    private static final int SNIPPET_TOKENS = 16;
    /**
     * A query is ranked among at most this many matches, the most recently stored: ranking costs
     * per match (bm25 reads each one's column sizes), so a word found in 50,000 articles would
     * otherwise cost some 50 ms per search (about 10 ms with 5,000 candidates, 5 with 1,000,
     * measured on the bench's store). In a news monitor the newest reports are the ones worth
     * ranking; a query that needs older ones can say more (words, a phrase).
     */
    static final int CANDIDATES = 1000;

    @Override
    public List<SearchHit> search(Connection conn, String query, int limit, String open, String close) throws SQLException {
        try {
            return run(conn, query, limit, open, close);
        } catch (SQLException e) {
            if (!isQueryError(e)) throw e;
            String quoted = quoteTerms(query);
            LOG.debug("search query '{}' is not FTS5 syntax ({}); searching the words: {}", query, e.getMessage(), quoted);
            if (quoted.isEmpty())
                throw new IllegalArgumentException("search query '" + query + "' has no words to search for");
            try {
                return run(conn, quoted, limit, open, close);
            } catch (SQLException again) {
                if (!isQueryError(again)) throw again;
                throw new IllegalArgumentException("search query '" + query + "' cannot be searched: "
                        + again.getMessage().replaceFirst("^.*?\\((.*)\\)$", "$1"), again);
            }
        }
    }

    /**
     * Two steps in one snapshot: rank in the full-text index alone (the best {@code limit} of at
     * most {@link #CANDIDATES} matches), then read those few articles and their snippets. Joining
     * articles before ranking read every matching article row; ranking every match of a word
     * found in most articles cost tens of milliseconds at 50,000 articles.
     */
    private static List<SearchHit> run(Connection conn, String match, int limit, String open, String close)
            throws SQLException {
        Map<Long, Double> ranked = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(RANKED)) {
            ps.setString(1, match);
            ps.setInt(2, CANDIDATES);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ranked.put(rs.getLong(1), rs.getDouble(2));
            }
        }
        if (ranked.isEmpty()) return List.of();
        String sql = hitsSql(ranked.size());
        Map<Long, SearchHit> hits = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, open);
            ps.setString(2, close);
            ps.setString(3, open);
            ps.setString(4, close);
            ps.setString(5, match);
            int i = 6;
            for (long rowid : ranked.keySet()) ps.setLong(i++, rowid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String body = rs.getString(6);
                    // a title-only match leaves the body snippet without markers: show the title's then
                    String snippet = body != null && body.contains(open) ? body : firstNonBlank(rs.getString(7), body);
                    long rowid = rs.getLong(8);
                    hits.put(rowid, new SearchHit(rs.getString(1), rs.getString(2), ArticleRows.date(rs.getString(3)),
                            rs.getString(4), rs.getString(5), snippet, -ranked.get(rowid)));
                }
            }
        }
        List<SearchHit> out = new ArrayList<>(hits.size());
        for (long rowid : ranked.keySet()) {
            SearchHit h = hits.get(rowid);
            if (h != null) out.add(h);
        }
        return out;
    }

    private static final String RANKED = "SELECT rowid, score FROM (SELECT rowid, " + RANK + " AS score FROM articles_fts "
            + "WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score, rowid DESC LIMIT ?";

    private static String hitsSql(int hits) {
        return "SELECT a.id, a.title, a.published, a.source, a.duplicate_of, "
                + "snippet(articles_fts, 1, ?, ?, '…', " + SNIPPET_TOKENS + "), "
                + "snippet(articles_fts, 0, ?, ?, '…', " + SNIPPET_TOKENS + "), articles_fts.rowid "
                + "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
                + "WHERE articles_fts MATCH ? AND articles_fts.rowid IN (" + "?,".repeat(hits - 1) + "?)";
    }

    /** The plans of a search's two statements (ranking, then the hits), for tests. */
    Map<String, List<String>> explain(Connection conn, String match) throws SQLException {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        plans.put("rank", Reads.explain(conn, RANKED, List.of(match, CANDIDATES, 20)));
        plans.put("hits", Reads.explain(conn, hitsSql(3), List.of("[", "]", "[", "]", match, 1L, 2L, 3L)));
        return plans;
    }

    /** FTS5 reports user-query problems as "fts5: syntax error", "no such column", "unterminated string". */
    private static boolean isQueryError(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("fts5:") || m.contains("no such column") || m.contains("unterminated string")
                || m.contains("unknown special query") || m.contains("malformed MATCH");
    }

    /**
     * Each whitespace-separated chunk as a quoted phrase, all required: what a plain search box
     * does. A chunk keeps its inner punctuation so "Nagorno-Karabakh" stays one phrase; chunks
     * without a letter or digit are dropped, and double quotes are removed (they cannot be escaped
     * into anything useful here).
     */
    static String quoteTerms(String query) {
        StringBuilder out = new StringBuilder();
        for (String chunk : query.replace('"', ' ').split("\\s+")) {
            if (!chunk.codePoints().anyMatch(Character::isLetterOrDigit)) continue;
            if (out.length() > 0) out.append(' ');
            out.append('"').append(chunk).append('"');
        }
        return out.toString();
    }

    private static String firstNonBlank(String a, String b) { return a != null && !a.isBlank() ? a : b; }
}
