/**
 * The commitments ledger: proposals, offers, demands, agreements and pledges tracked through later
 * reports. Entry point: {@code CommitmentTracker.withBundledData().track(events, articles, sentences)};
 * JSON through {@link org.faultline.commitments.CommitmentJson}.
 */
package org.faultline.commitments;
