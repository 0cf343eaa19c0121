package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import org.faultline.claims.ContradictionKind;

/**
 * Filters for {@link Store#contradictions(ContradictionQuery)}: start from {@link #all()} and
 * narrow it. Every filter left null matches everything. Results come in the order the
 * contradictions were stored.
 *
 * @param kind       kind of contradiction
 * @param country    country code of either claim's speaker
 * @param articleId  either claim comes from this article
 * @param incidentId the incident both claims are about
 * @param limit      at most this many, or -1 for no limit
 * @param offset     skip this many first
 */
public record ContradictionQuery(ContradictionKind kind, String country, String articleId, String incidentId,
                                 int limit, int offset) {
    public ContradictionQuery {
        QueryParts.checkPage(limit, offset);
        country = QueryParts.upper(country);
        articleId = QueryParts.blankToNull(articleId);
        incidentId = QueryParts.blankToNull(incidentId);
    }

    public static ContradictionQuery all() { return new ContradictionQuery(null, null, null, null, -1, 0); }

    public ContradictionQuery kind(ContradictionKind k) {
        return new ContradictionQuery(k, country, articleId, incidentId, limit, offset);
    }

    /** Contradictions where either speaker is of this country. */
    public ContradictionQuery involving(String code) {
        return new ContradictionQuery(kind, code, articleId, incidentId, limit, offset);
    }

    public ContradictionQuery article(String id) {
        return new ContradictionQuery(kind, country, id, incidentId, limit, offset);
    }

    public ContradictionQuery incident(String id) {
        return new ContradictionQuery(kind, country, articleId, id, limit, offset);
    }

    public ContradictionQuery page(int maxResults, int skip) {
        return new ContradictionQuery(kind, country, articleId, incidentId, maxResults, skip);
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
        return QueryParts.where(clauses);
    }
}
