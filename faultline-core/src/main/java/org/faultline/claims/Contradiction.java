package org.faultline.claims;

/**
 * Two claims by different parties that cannot both be true.
 *
 * @param id          stable id derived from the two claim ids (the same for A–B and B–A)
 * @param claimA      id of the first claim (the earlier one)
 * @param claimB      id of the second claim
 * @param incidentId  the incident both are about, or null
 * @param kind        what kind of incompatibility
 * @param explanation one or two sentences a reader can check against the evidence
 * @param score       0..1, how sure the finder is that the two claims concern one matter and clash;
 *                    lists show the highest first and a threshold hides the weak ones
 */
public record Contradiction(String id, String claimA, String claimB, String incidentId, ContradictionKind kind,
                            String explanation, double score) {
    public Contradiction {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("contradiction id must not be blank");
        if (claimA == null || claimB == null || claimA.equals(claimB))
            throw new IllegalArgumentException("contradiction " + id + " needs two different claims");
        if (kind == null) throw new IllegalArgumentException("contradiction " + id + " needs a kind");
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("contradiction " + id + ": score out of 0..1: " + score);
    }

    /** A contradiction with full score (gold files, fixtures, stores written before scores existed). */
    public Contradiction(String id, String claimA, String claimB, String incidentId, ContradictionKind kind, String explanation) {
        this(id, claimA, claimB, incidentId, kind, explanation, 1.0);
    }
}
