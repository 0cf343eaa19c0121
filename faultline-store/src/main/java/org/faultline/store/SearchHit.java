package org.faultline.store;

import java.time.LocalDate;

/**
 * One full-text search result.
 *
 * @param articleId   the matching article
 * @param title       its title, or null
 * @param published   its publication date, or null
 * @param source      where it came from
 * @param duplicateOf the article it duplicates, or null
 * @param snippet     a short passage of the clean text with the matched terms between the
 *                    highlight markers the search was given
 * @param score       bm25 relevance, higher is better (SQLite's bm25 negated)
 */
public record SearchHit(String articleId, String title, LocalDate published, String source, String duplicateOf,
                        String snippet, double score) {}
