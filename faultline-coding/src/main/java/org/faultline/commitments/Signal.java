package org.faultline.commitments;

import java.util.List;
import java.util.Set;
import org.faultline.actors.Actor;

/**
 * One report about a commitment, in report order: its role, the parties it names, what it is about,
 * and its evidence.
 *
 * @param kind     kind a commitment opened by this report gets (proposal, demand, pledge, agreement, meeting)
 * @param content  short description, may be empty when the report only points back ("rejected the offer")
 * @param terms    content terms (synonyms folded), empty when {@code generic}
 * @param keyTerms content terms of its lower-case words (names left out), for matching plain sentences
 * @param context  terms of the evidence sentence (and the one before, for sentence reports)
 * @param generic  true when the content names no specific thing ("the proposal", "the process")
 * @param reportDay publication day (epoch day) for ordering, Long.MIN_VALUE when unknown
 * @param id       event id, or {@code articleId-sentenceIndex-s} for sentence reports
 * @param restates true when the report points back to a commitment already reported ("under the deal, ..."):
 *                 it restates that commitment's terms rather than opening another
 */
record Signal(Role role, String kind, List<Actor> parties, Set<String> countries, String content, Set<String> terms,
              Set<String> keyTerms,
              Set<String> context, boolean generic, String date, long reportDay, String articleId, int sentenceIndex,
              int seq, String evidence, String id, boolean fromEvent, boolean restates) {

    StatusChange change(CommitmentStatus status) {
        return new StatusChange(status, date, articleId, sentenceIndex, evidence);
    }
}
