package org.faultline.commitments;

import static org.faultline.commitments.CommitmentStatus.AGREED;
import static org.faultline.commitments.CommitmentStatus.BACKED_OUT;
import static org.faultline.commitments.CommitmentStatus.IMPLEMENTED;
import static org.faultline.commitments.CommitmentStatus.PROPOSED;
import static org.faultline.commitments.CommitmentStatus.REJECTED;
import static org.faultline.commitments.CommitmentStatus.STALLED;

/**
 * The commitments state machine. A later report of a given {@link Role} moves a commitment:
 * <pre>
 *  from \ report  PROPOSE/DEMAND  AGREE/PLEDGE  REJECT      STALL    BACK_OUT    IMPLEMENT
 *  PROPOSED       -               AGREED        REJECTED    STALLED  BACKED_OUT  IMPLEMENTED
 *  AGREED         -               -             BACKED_OUT  STALLED  BACKED_OUT  IMPLEMENTED
 *  STALLED        PROPOSED        AGREED        REJECTED    -        BACKED_OUT  IMPLEMENTED
 *  REJECTED       PROPOSED        AGREED        -           -        -           -
 *  IMPLEMENTED    -               -             -           -        BACKED_OUT  -
 *  BACKED_OUT     PROPOSED        AGREED        -           -        -           IMPLEMENTED
 * </pre>
 * "-" means the report repeats or cannot apply, and the history is left as it is. A party turning
 * down what it had agreed is backing out; a proposal revived after a stall or a rejection is proposed again.
 */
final class Transitions {
    private Transitions() {}

    /** The status after a report of {@code role}, or null when it does not move the commitment. */
    static CommitmentStatus next(CommitmentStatus from, Role role) {
        return switch (from) {
            case PROPOSED -> switch (role) {
                case PROPOSE, DEMAND -> null;
                default -> role.status();
            };
            case AGREED -> switch (role) {
                case REJECT, BACK_OUT -> BACKED_OUT;
                case STALL -> STALLED;
                case IMPLEMENT -> IMPLEMENTED;
                default -> null;
            };
            case STALLED -> role == Role.STALL ? null : role.status() == REJECTED ? REJECTED : role.status();
            case REJECTED -> switch (role) {
                case PROPOSE, DEMAND -> PROPOSED;
                case AGREE, PLEDGE -> AGREED;
                default -> null;
            };
            case IMPLEMENTED -> role == Role.BACK_OUT ? BACKED_OUT : null;
            case BACKED_OUT -> switch (role) {
                case PROPOSE, DEMAND -> PROPOSED;
                case AGREE, PLEDGE -> AGREED;
                case IMPLEMENT -> IMPLEMENTED;
                default -> null;
            };
        };
    }
}
