package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Training examples from aligned sentences: every phrase head, seen from the parse root, labelled
 * with the gold role of its head token.
 */
final class RoleExamples {
    /** One candidate's features and gold label. */
    record Example(List<String> features, RoleLabel label) {}

    private RoleExamples() {}

    static List<Example> of(List<AlignedSentence> sentences, RoleFeatures features) {
        List<Example> out = new ArrayList<>();
        for (AlignedSentence s : sentences) {
            DepTree t = new DepTree(s.sentence());
            List<Integer> heads = Phrases.heads(t);
            for (int rank = 0; rank < heads.size(); rank++) {
                int h = heads.get(rank);
                if (h == t.root()) continue;
                out.add(new Example(features.of(t, h, t.root(), rank, null), s.labels().get(h)));
            }
        }
        return out;
    }
}
