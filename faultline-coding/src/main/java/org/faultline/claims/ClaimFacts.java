package org.faultline.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.faultline.events.Event;

/**
 * What the contradiction rules need to know about one claim: its events and their incidents, the
 * figures it gives, its conflict keywords (accusation words of the cue file: "blockade",
 * "attack"), its report date, its evidence sentence reduced to a comparison key ({@link SameText})
 * and whether it is reciprocal ({@link Reciprocity}).
 */
record ClaimFacts(Claim claim, List<Event> events, Set<String> incidents, List<Figure> figures, Set<String> keywords,
                  LocalDate date, String sentenceKey, boolean reciprocal) {

    /**
     * @param sentence the claim's evidence sentence text, or null when unknown (then its events'
     *                 evidence, else its content, stands for it)
     */
    static ClaimFacts of(Claim c, Map<String, Event> eventsById, Function<String, String> incidentOf, CueBook cues,
                         String sentence, Reciprocity reciprocity) {
        List<Event> events = new ArrayList<>();
        Set<String> incidents = new LinkedHashSet<>();
        for (String id : c.eventIds()) {
            Event e = eventsById.get(id);
            String inc = incidentOf.apply(id);
            if (inc == null && e != null) inc = e.incidentId();
            if (e != null) events.add(inc == null || inc.equals(e.incidentId()) ? e : e.withIncidentId(inc));
            if (inc != null) incidents.add(inc);
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (String w : c.content().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < 4) continue;
            String sg = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (cues.word(w).filter(s -> s == Stance.ACCUSE).isPresent()) keywords.add(w);
            else if (cues.word(sg).filter(s -> s == Stance.ACCUSE).isPresent()) keywords.add(sg);
        }
        String text = sentence != null ? sentence : !events.isEmpty() && events.get(0).evidence() != null ? events.get(0).evidence() : c.content();
        boolean reciprocal = reciprocity.reciprocal(c.content()) || reciprocity.reciprocal(text);
        return new ClaimFacts(c, List.copyOf(events), Set.copyOf(incidents), Figure.in(c.content()), Set.copyOf(keywords),
                date(c.date()), SameText.key(text), reciprocal);
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String speakerCountry() { return claim.speaker().country(); }

    String aboutCountry() { return claim.about() == null ? null : claim.about().country(); }

    String article() { return claim.articleId(); }

    int sentence() { return claim.sentenceIndex(); }
}
