package org.faultline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Full-text search over articles' titles and clean text, as one engine does it: SQLite's FTS5
 * ({@link SearchIndex}) or PostgreSQL's tsvector ({@link PostgresSearch}). Both take the same
 * query language (words, "phrases", OR, NOT, prefix*), rank title matches above body matches
 * and mark matched terms in the snippet with the given markers.
 */
interface FullText {
    /**
     * The best {@code limit} matches of {@code query} (stripped, not blank).
     *
     * @throws IllegalArgumentException when the query has nothing searchable
     */
    List<SearchHit> search(Connection c, String query, int limit, String open, String close) throws SQLException;
}
