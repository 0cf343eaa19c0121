package org.faultline.commitments;

/**
 * Where a commitment stands. Moves proposed → agreed → implemented, or to rejected, stalled or
 * backed out; later reports may move it on.
 */
public enum CommitmentStatus {
    PROPOSED, AGREED, IMPLEMENTED, REJECTED, STALLED, BACKED_OUT;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
