package org.faultline.commitments;

/** What a report does to a commitment; see {@code commitment-cues.tsv} for the words behind each role. */
public enum Role {
    PROPOSE, DEMAND, PLEDGE, AGREE, REJECT, STALL, BACK_OUT, IMPLEMENT;

    /** True for roles that can open a new commitment. */
    public boolean opens() {
        return this == PROPOSE || this == DEMAND || this == PLEDGE || this == AGREE;
    }

    /** The status a report of this role moves a commitment to. */
    public CommitmentStatus status() {
        return switch (this) {
            case PROPOSE, DEMAND -> CommitmentStatus.PROPOSED;
            case PLEDGE, AGREE -> CommitmentStatus.AGREED;
            case REJECT -> CommitmentStatus.REJECTED;
            case STALL -> CommitmentStatus.STALLED;
            case BACK_OUT -> CommitmentStatus.BACKED_OUT;
            case IMPLEMENT -> CommitmentStatus.IMPLEMENTED;
        };
    }

    /** The commitment kind a report of this role opens. */
    public String kind() {
        return switch (this) {
            case PROPOSE -> "proposal";
            case DEMAND -> "demand";
            case PLEDGE -> "pledge";
            case AGREE -> "agreement";
            default -> "proposal";
        };
    }
}
