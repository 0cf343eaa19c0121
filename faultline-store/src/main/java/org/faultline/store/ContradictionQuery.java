package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import org.faultline.claims.ContradictionKind;

/**
 * Filters for {@link Store#contradictions(ContradictionQuery)}: start from {@link #all()} and
 * narrow it. Every filter left null matches everything. Results come best first (highest
 * score, then the order they were stored in).
 *
 * @param kind       kind of contradiction
 * @param country    country code of either claim's speaker
 * @param articleId  either claim comes from this article
 * @param incidentId the incident both claims are about
 * @param limit      at most this many, or -1 for no limit
 * @param offset     skip this many first
 * @param minScore   only contradictions scored at least this (0 keeps all)
 */
public record ContradictionQuery(ContradictionKind kind, String country, String articleId, String incidentId,
                                 int limit, int offset, double minScore) {
    public ContradictionQuery {
        if (!(minScore >= 0 && minScore <= 1)) throw new IllegalArgumentException("min score must be within 0..1, was " + minScore);
        QueryParts.checkPage(limit, offset);
        country = QueryParts.upper(country);
        articleId = QueryParts.blankToNull(articleId);
        incidentId = QueryParts.blankToNull(incidentId);
    }

    public static ContradictionQuery all() { return new ContradictionQuery(null, null, null, null, -1, 0, 0); }

    public ContradictionQuery kind(ContradictionKind k) {
        return new ContradictionQuery(k, country, articleId, incidentId, limit, offset, minScore);
    }

    /** Contradictions where either speaker is of this country. */
    public ContradictionQuery involving(String code) {
        return new ContradictionQuery(kind, code, articleId, incidentId, limit, offset, minScore);
    }

    public ContradictionQuery article(String id) {
        return new ContradictionQuery(kind, country, id, incidentId, limit, offset, minScore);
    }

    public ContradictionQuery incident(String id) {
        return new ContradictionQuery(kind, country, articleId, id, limit, offset, minScore);
    }

    /** Only contradictions scored at least {@code score} (0..1). */
    public ContradictionQuery minScore(double score) {
        return new ContradictionQuery(kind, country, articleId, incidentId, limit, offset, score);
    }

    public ContradictionQuery page(int maxResults, int skip) {
        return new ContradictionQuery(kind, country, articleId, incidentId, maxResults, skip, minScore);
    }

    /** The WHERE clause over contradictions {@code k} joined with claims {@code ca} and {@code cb}. */
    String where(List<Object> params) {
        List<String> clauses = new ArrayList<>();
        QueryParts.add(clauses, params, "k.kind = ?", kind == null ? null : kind.name());
        if (country != null) {
            clauses.add("(ca.speaker_country = ? OR cb.speaker_country = ?)");
            params.add(country);
            params.add(country);
        }
        if (articleId != null) {
            clauses.add("(ca.article_id = ? OR cb.article_id = ?)");
            params.add(articleId);
            params.add(articleId);
        }
        QueryParts.add(clauses, params, "k.incident_id = ?", incidentId);
        if (minScore > 0) {
            clauses.add("k.score >= ?");
            params.add(minScore);
        }
        return QueryParts.where(clauses);
    }
}
