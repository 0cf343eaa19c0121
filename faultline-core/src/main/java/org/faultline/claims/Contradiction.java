package org.faultline.claims;

/**
 * Two claims by different parties that cannot both be true.
 *
 * @param id          stable id derived from the two claim ids
 * @param claimA      id of the first claim (the earlier one)
 * @param claimB      id of the second claim
 * @param incidentId  the incident both are about, or null
 * @param kind        what kind of incompatibility
 * @param explanation one or two sentences a reader can check against the evidence
 */
public record Contradiction(String id, String claimA, String claimB, String incidentId, ContradictionKind kind,
                            String explanation) {
    public Contradiction {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("contradiction id must not be blank");
        if (claimA == null || claimB == null || claimA.equals(claimB))
            throw new IllegalArgumentException("contradiction " + id + " needs two different claims");
        if (kind == null) throw new IllegalArgumentException("contradiction " + id + " needs a kind");
    }
}
