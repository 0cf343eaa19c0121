package org.faultline.cli;

import java.util.List;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.nlp.Doc;

/**
 * The {@code faultline bench} line for the learned role step: codes the same docs with the rule
 * steps alone and with the shipped role model, and gives the extra nanoseconds per token.
 */
final class LearnedRolesBench {
    private LearnedRolesBench() {}

    static double extraNanosPerToken(CodingOptions coding, List<Doc> docs, int rounds, long tokens) {
        EventCoder rules = EventCoder.withBundledData(coding.actors(), PlaceResolver.of(coding.gazetteer()), null);
        EventCoder learned = EventCoder.withBundledData(coding.actors(), PlaceResolver.of(coding.gazetteer()), coding.roleModel());
        rules.codeTimed(docs); // warm-up
        learned.codeTimed(docs);
        long r = 0, l = 0;
        for (int i = 0; i < rounds; i++) {
            r += rules.codeTimed(docs).nanos();
            l += learned.codeTimed(docs).nanos();
        }
        return Math.max(0, l - r) / ((double) tokens * rounds);
    }
}
