package org.faultline.learn.quad;

import java.util.List;
import org.faultline.events.Event;
import org.faultline.nlp.Sentence;

/**
 * A labelled sentence after annotation and rule coding: what training and evaluation read.
 *
 * @param text        the sentence as in the data file (the fold key)
 * @param quad        gold quad, 0..4
 * @param sentence    its annotation (first sentence of the annotated text)
 * @param ruleEvents  what the rules alone coded from it
 */
public record CodedSentence(String text, int quad, Sentence sentence, List<Event> ruleEvents) {
    public CodedSentence {
        if (sentence == null) throw new IllegalArgumentException("coded sentence needs its annotation: '" + text + "'");
        ruleEvents = List.copyOf(ruleEvents);
    }

    public FeaturedExample featured(QuadFeatures features) {
        return new FeaturedExample(text, quad, features.of(sentence, ruleEvents));
    }
}
