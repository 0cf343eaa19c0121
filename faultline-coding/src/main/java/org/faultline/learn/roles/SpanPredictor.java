package org.faultline.learn.roles;

import java.util.List;

/** Anything that marks source and target spans on a parsed sentence: the learned tagger, the rule coder. */
@FunctionalInterface
public interface SpanPredictor {
    /** Predicted SOURCE and TARGET spans over the sentence's tokens. */
    List<GoldSpan> predict(AlignedSentence sentence);
}
