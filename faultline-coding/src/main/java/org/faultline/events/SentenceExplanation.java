package org.faultline.events;

import java.util.List;
import org.faultline.events.Event;

/**
 * What the coder saw in one sentence: every candidate word with its outcome, and the events coded.
 * {@link #summary()} is never empty, so "no event" always comes with a reason.
 */
public record SentenceExplanation(String articleId, int sentenceIndex, String text, List<Candidate> candidates, List<Event> events) {
    public SentenceExplanation {
        candidates = List.copyOf(candidates);
        events = List.copyOf(events);
    }

    /** One line per candidate, e.g. {@code shelled [CODED] ASSAULT AZE->ARM}; a line saying why when there are none. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (candidates.isEmpty()) sb.append("no candidate: no verb or event noun in the sentence matched or resembled a pattern\n");
        for (Candidate c : candidates)
            sb.append(c.word()).append(" (").append(c.lemma()).append(") [").append(c.outcome()).append("] ").append(c.reason()).append('\n');
        if (events.isEmpty()) sb.append("=> no event coded\n");
        else sb.append("=> ").append(events.size()).append(events.size() == 1 ? " event coded\n" : " events coded\n");
        return sb.toString();
    }
}
