package org.faultline.events.eval;

import java.time.LocalDate;
import java.util.List;

/** A gold sentence with all events coded on it (several gold records may share one sentence). */
public record GoldSentence(String text, LocalDate date, List<GoldEvent> events) {
    public GoldSentence {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("gold sentence text must not be blank");
        events = List.copyOf(events);
    }
}
