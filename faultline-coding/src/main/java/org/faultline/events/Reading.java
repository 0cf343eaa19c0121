package org.faultline.events;

import org.faultline.events.Factuality;

/**
 * How the text presents one trigger: its factuality, whose word it is, and whether it is a
 * promise/plan (intent) or an obligation ("must") rather than an act.
 *
 * @param factuality   asserted, reported, hypothetical, negated or proposed
 * @param claimant     token of the speaker for reported events (-1 if none)
 * @param cue          token of the word that set the factuality (-1 if none)
 * @param intent       token of the intent cue ("will", "ready to", "vowed") or -1
 * @param negated      the trigger itself is negated ("did not", "never")
 * @param obligation   the trigger carries "must"/"should"
 */
record Reading(Factuality factuality, int claimant, int cue, int intent, boolean negated, boolean obligation) {
    boolean isIntent() { return intent >= 0; }
}
