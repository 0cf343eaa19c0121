package org.faultline.events;

/**
 * One word the coder considered in a sentence, and what became of it: the answer to "why no event?".
 *
 * @param token   token index in the sentence
 * @param word    the word as written
 * @param lemma   its lemma
 * @param outcome CODED (gave events), REJECTED (looked like a trigger but gave none), ABSORBED (part of
 *                another event: "sanctions" in "imposed sanctions", "talks" in "called for talks"),
 *                CUE (changes how other events read: "said", "could", "denied")
 * @param reason  human explanation, never blank
 * @param pattern the pattern involved ("impose V obj:sanction -> SANCTION 163"), or null
 */
public record Candidate(int token, String word, String lemma, Outcome outcome, String reason, String pattern) {
    public enum Outcome { CODED, REJECTED, ABSORBED, CUE }

    public Candidate {
        if (outcome == null) throw new IllegalArgumentException("candidate outcome must not be null");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("candidate '" + word + "' needs a reason");
    }
}
