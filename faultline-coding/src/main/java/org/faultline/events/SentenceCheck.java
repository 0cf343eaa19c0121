package org.faultline.events;

import java.util.List;
import org.faultline.nlp.Sentence;

/**
 * A second opinion on the events the rules coded from one sentence: may drop them, lower their
 * confidence or mark the path that produced them. The coder calls it once per sentence, after the
 * rules; {@link #none()} leaves events as they are. Implementations hold no mutable state.
 */
public interface SentenceCheck {
    /**
     * @param sentence   the annotated sentence
     * @param ruleEvents what the rules coded from it (possibly empty)
     * @return the events to keep, and a reason for each change (shown by {@code faultline code --explain})
     */
    Checked check(Sentence sentence, List<Event> ruleEvents);

    /** What a check kept, and why it changed anything. */
    record Checked(List<Event> events, List<String> notes) {
        public Checked {
            events = List.copyOf(events);
            notes = List.copyOf(notes);
        }
    }

    /** The check that changes nothing. */
    static SentenceCheck none() {
        return (sentence, events) -> new Checked(events, List.of());
    }
}
