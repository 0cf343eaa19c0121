package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import org.faultline.commitments.CommitmentStatus;

/**
 * Filters for {@link Store#commitments(CommitmentQuery)}: start from {@link #all()} and narrow
 * it. Every filter left null matches everything. Results in the order they were stored.
 *
 * @param partyCountry country code of one of the parties
 * @param status       current status
 * @param kind         proposal, offer, demand, agreement or pledge (case ignored)
 * @param limit        at most this many, or -1 for no limit
 * @param offset       skip this many first
 */
public record CommitmentQuery(String partyCountry, CommitmentStatus status, String kind, int limit, int offset) {
    public CommitmentQuery {
        QueryParts.checkPage(limit, offset);
        partyCountry = QueryParts.upper(partyCountry);
        kind = QueryParts.blankToNull(kind);
        if (partyCountry != null && partyCountry.contains(" "))
            throw new IllegalArgumentException("party country must be one code, was '" + partyCountry + "'");
    }

    public static CommitmentQuery all() { return new CommitmentQuery(null, null, null, -1, 0); }

    public CommitmentQuery party(String code) { return new CommitmentQuery(code, status, kind, limit, offset); }

    public CommitmentQuery status(CommitmentStatus s) { return new CommitmentQuery(partyCountry, s, kind, limit, offset); }

    public CommitmentQuery kind(String k) { return new CommitmentQuery(partyCountry, status, k, limit, offset); }

    public CommitmentQuery page(int maxResults, int skip) {
        return new CommitmentQuery(partyCountry, status, kind, maxResults, skip);
    }

    String where(Dialect dialect, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        QueryParts.add(clauses, params, dialect.contains("party_countries"), partyCountry == null ? null : " " + partyCountry + " ");
        QueryParts.add(clauses, params, "status = ?", status == null ? null : status.name());
        QueryParts.add(clauses, params, "lower(kind) = lower(?)", kind);
        return QueryParts.where(clauses);
    }
}
