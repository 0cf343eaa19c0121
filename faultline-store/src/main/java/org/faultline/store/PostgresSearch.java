package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search in PostgreSQL over the {@code articles.search} tsvector (migration V4's
 * PostgreSQL variant): {@code websearch_to_tsquery('english', ...)} for the query, ts_rank for
 * ranking (title weight 1.0, body 1/3, as SQLite's bm25 weights 3:1; divided by 1 + log of the
 * length so long articles do not win by size alone), ts_headline for the snippet.
 *
 * <p>Why ts_rank and not ts_rank_cd (cover density): on the 130 web pages of the shared corpus,
 * searching each news page's title words OR-ed for its body, ts_rank(..., 1) puts the page first
 * for 92% of the queries (top 3: 94%), as bm25 does in SQLite; ts_rank_cd(..., 1) only 57%
 * (top 3: 90%): for an OR query it scores covers of single terms, which favours short texts
 * holding one rare word.
 *
 * <p>The query language is SQLite's ({@link SearchQuery} translates it): websearch already reads
 * words, "phrases", OR and -word; NOT, prefix* and title:/text: terms are turned into tsquery
 * pieces ANDed to it. It never rejects a query, so there is no fallback as in SQLite.
 */
final class PostgresSearch implements FullText {
    /** ts_rank weights in order {D, C, B, A}: title (A) counts 3x the body (B). */
    private static final String WEIGHTS = "'{0.1, 0.2, 0.3333, 1.0}'";
    /** Rare private-use characters as markers inside SQL; replaced by the caller's afterwards. */
    private static final String OPEN = "\uE000";
    private static final String CLOSE = "\uE001";
    private static final String HEADLINE = "'StartSel=" + OPEN + ", StopSel=" + CLOSE
            + ", MaxWords=18, MinWords=8, MaxFragments=1, FragmentDelimiter=\" … \"'";

    @Override
    public List<SearchHit> search(Connection c, String query, int limit, String open, String close) throws SQLException {
        SearchQuery q = SearchQuery.parse(query);
        if (!q.hasWords()) throw new IllegalArgumentException("search query '" + query + "' has no words to search for");
        // rank in the inner query, headline only the page: ts_headline re-parses each text
        String sql = "SELECT id, title, published, source, duplicate_of, "
                + "ts_headline('english', text, q, " + HEADLINE + "), "
                + "ts_headline('english', coalesce(title, ''), q, " + HEADLINE + "), score, text FROM ("
                + "SELECT a.seq, a.id, a.title, a.published, a.source, a.duplicate_of, a.text, q, "
                + "ts_rank(" + WEIGHTS + ", a.search, q, 1) AS score "
                + "FROM articles a, (SELECT " + q.tsquerySql() + " AS q) t "
                + "WHERE a.search @@ q ORDER BY score DESC, a.seq LIMIT ?) hits ORDER BY score DESC, seq";
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String p : q.params()) ps.setString(i++, p);
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String body = rs.getString(6);
                    // a title-only match leaves the body headline without markers: show the title's then
                    String snippet = body != null && body.contains(OPEN) ? ellipsis(body, rs.getString(9))
                            : firstNonBlank(rs.getString(7), body);
                    hits.add(new SearchHit(rs.getString(1), rs.getString(2), ArticleRows.date(rs.getString(3)),
                            rs.getString(4), rs.getString(5), marks(snippet, open, close), rs.getDouble(8)));
                }
            }
        }
        return hits;
    }

    /**
     * The caller's markers. A hyphenated word is indexed as its parts too, so ts_headline marks
     * "[North]-[Vale]": join those into "[North-Vale]" as FTS5 does.
     */
    private static String marks(String snippet, String open, String close) {
        if (snippet == null) return null;
        return snippet.replace(CLOSE + "-" + OPEN, "-").replace(OPEN, open).replace(CLOSE, close);
    }

    /** "…" where the fragment cuts the text, as SQLite's snippet() does. */
    private static String ellipsis(String fragment, String text) {
        String plain = fragment.replace(OPEN, "").replace(CLOSE, "").strip();
        if (plain.isEmpty() || text == null) return fragment;
        String head = plain.substring(0, Math.min(12, plain.length()));
        String tail = plain.substring(Math.max(0, plain.length() - 12));
        String stripped = text.strip();
        return (stripped.startsWith(head) ? "" : "…") + fragment.strip() + (stripped.endsWith(tail) ? "" : "…");
    }

    private static String firstNonBlank(String a, String b) { return a != null && !a.isBlank() ? a : b; }
}
