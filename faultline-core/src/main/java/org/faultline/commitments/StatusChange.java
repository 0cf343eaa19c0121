package org.faultline.commitments;

/**
 * One step of a commitment's history, with its evidence.
 *
 * @param status        the status reached
 * @param date          when (ISO), or null
 * @param articleId     article giving the evidence
 * @param sentenceIndex sentence giving the evidence
 * @param evidence      the sentence text
 */
public record StatusChange(CommitmentStatus status, String date, String articleId, int sentenceIndex, String evidence) {
    public StatusChange {
        if (status == null) throw new IllegalArgumentException("status change needs a status");
    }
}
