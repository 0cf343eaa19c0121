package org.faultline.cli;

import java.util.List;
import org.faultline.events.EventCoder;
import org.faultline.nlp.Doc;

/**
 * What the learned parts cost on top of the rules, for {@code faultline bench}: the coder with
 * its checks against the same coder's rules alone, over the same annotated docs. Returns seconds
 * per token (never negative: timer noise on a busy machine can make the difference dip below 0).
 */
final class LearnedCost {
    private LearnedCost() {}

    static double secondsPerToken(EventCoder coder, List<Doc> docs, int rounds, long tokens) {
        EventCoder rules = coder.rulesOnly();
        rules.codeTimed(docs); // warm both paths
        coder.codeTimed(docs);
        long withChecks = 0, rulesAlone = 0;
        for (int r = 0; r < rounds; r++) { // interleaved so that load changes hit both alike
            rulesAlone += rules.codeTimed(docs).nanos();
            withChecks += coder.codeTimed(docs).nanos();
        }
        return Math.max(0, withChecks - rulesAlone) / 1e9 / ((double) tokens * rounds);
    }
}
