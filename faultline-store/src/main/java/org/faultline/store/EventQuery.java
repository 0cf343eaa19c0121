package org.faultline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.events.Factuality;

/**
 * Filters for {@link Store#events(EventQuery)}: start from {@link #all()} and narrow it.
 * Every filter left null matches everything. Country codes are compared upper case; the date
 * range keeps events whose date (day, month or year) overlaps [from, to], so an event dated
 * "2023-09" is found by a range that touches September 2023. Events without a date never match
 * a date range. Results come in date order (by the first day each date covers; undated last),
 * then by article id and position in the article.
 *
 * @param sourceCountry country code of the source actor
 * @param targetCountry country code of the target actor
 * @param country       country code of either side
 * @param type          PLOVER type, e.g. ASSAULT
 * @param factuality    factuality
 * @param from          first day of the range, inclusive
 * @param to            last day of the range, inclusive
 * @param articleId     only this article's events
 * @param text          words that must all occur in the evidence sentence (full-text index:
 *                      case, diacritics and word endings ignored), or null
 * @param limit         at most this many, or -1 for no limit
 * @param offset        skip this many first
 */
public record EventQuery(String sourceCountry, String targetCountry, String country, String type,
                         Factuality factuality, LocalDate from, LocalDate to, String articleId, String text,
                         int limit, int offset) {
    public EventQuery {
        if (limit < -1) throw new IllegalArgumentException("limit must be >= 0 (or -1 for none), was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date range is reversed: from " + from + " to " + to);
        sourceCountry = upper(sourceCountry);
        targetCountry = upper(targetCountry);
        country = upper(country);
        type = upper(type);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** These filters without a page: every match (the key of a count). */
    EventQuery unpaged() { return page(-1, 0); }

    /** True when no filter but {@code text} is set. */
    boolean textOnly() {
        return text != null && sourceCountry == null && targetCountry == null && country == null && type == null
                && factuality == null && from == null && to == null && articleId == null;
    }

    /** Every event, no limit. */
    public static EventQuery all() { return new EventQuery(null, null, null, null, null, null, null, null, null, -1, 0); }

    /** Events from {@code source} to {@code target}; either may be null for "any". */
    public EventQuery dyad(String source, String target) {
        return new EventQuery(source, target, country, type, factuality, from, to, articleId, text, limit, offset);
    }

    /** Events with this country on either side. */
    public EventQuery involving(String code) {
        return new EventQuery(sourceCountry, targetCountry, code, type, factuality, from, to, articleId, text, limit, offset);
    }

    public EventQuery type(String plover) {
        return new EventQuery(sourceCountry, targetCountry, country, plover, factuality, from, to, articleId, text, limit, offset);
    }

    public EventQuery factuality(Factuality f) {
        return new EventQuery(sourceCountry, targetCountry, country, type, f, from, to, articleId, text, limit, offset);
    }

    /** Events whose date overlaps [first, last]; either end may be null for open. */
    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(sourceCountry, targetCountry, country, type, factuality, first, last, articleId, text, limit, offset);
    }

    public EventQuery article(String id) {
        return new EventQuery(sourceCountry, targetCountry, country, type, factuality, from, to, id, text, limit, offset);
    }

    /** Events whose evidence sentence holds all these words (through the full-text index). */
    public EventQuery text(String words) {
        return new EventQuery(sourceCountry, targetCountry, country, type, factuality, from, to, articleId, words, limit, offset);
    }

    public EventQuery page(int maxResults, int skip) {
        return new EventQuery(sourceCountry, targetCountry, country, type, factuality, from, to, articleId, text, maxResults, skip);
    }

    /** The WHERE clause (possibly empty) for these filters; {@code params} receives its values in order. */
    String where(List<Object> params) {
        return where(null, params);
    }

    /** As {@link #where(List)}; the dialect supplies the full-text clause of the {@code text} filter. */
    String where(Dialect dialect, List<Object> params) {
        return where(dialect, params, false);
    }

    /**
     * As {@link #where(Dialect, List)}; with {@code inOrder} the {@code text} filter takes the
     * dialect's form for words that match many events ({@link Dialect#evidenceMatchesInOrder}).
     */
    String where(Dialect dialect, List<Object> params, boolean inOrder) {
        List<String> clauses = new ArrayList<>();
        add(clauses, params, "source_country = ?", sourceCountry);
        add(clauses, params, "target_country = ?", targetCountry);
        if (country != null) {
            clauses.add("(source_country = ? OR target_country = ?)");
            params.add(country);
            params.add(country);
        }
        add(clauses, params, "type = ?", type);
        add(clauses, params, "factuality = ?", factuality == null ? null : factuality.name());
        add(clauses, params, "date_to >= ?", from == null ? null : from.toString());
        add(clauses, params, "date_from <= ?", to == null ? null : to.toString());
        add(clauses, params, "article_id = ?", articleId);
        if (text != null) {
            if (dialect == null) throw new IllegalStateException("the text filter needs the store's dialect");
            if (FullTextWords.words(text).isEmpty()) {
                clauses.add("1 = 0"); // punctuation only: no word to look for
            } else {
                clauses.add(inOrder ? dialect.evidenceMatchesInOrder() : dialect.evidenceMatches());
                params.add(dialect.evidenceQuery(text));
            }
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void add(List<String> clauses, List<Object> params, String clause, Object value) {
        if (value == null) return;
        clauses.add(clause);
        params.add(value);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
