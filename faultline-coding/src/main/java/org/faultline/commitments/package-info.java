/**
 * The commitments ledger: proposals, offers, demands, agreements and pledges tracked through later
 * reports. Entry point: {@code CommitmentTracker.withBundledData().track(events, articles, sentences)};
 * JSON through {@link org.faultline.commitments.CommitmentJson}. Only reports naming a commitment
 * object (the {@code obj} lines of {@code commitment-cues.tsv}: a pact, talks, a withdrawal, a
 * corridor...) open a commitment; generic appeals ("urged X to act", "exercise restraint") do not.
 */
package org.faultline.commitments;
