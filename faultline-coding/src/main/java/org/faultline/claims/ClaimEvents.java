package org.faultline.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.events.Event;

/**
 * Which coded events a statement carries: events of its sentences that the coder attributed to
 * the same speaker (claimed_by), and events whose trigger lies in the statement's content.
 */
final class ClaimEvents {
    private ClaimEvents() {}

    static List<String> of(List<Event> sentenceEvents, Actor speaker, String content, String cue) {
        Set<String> words = words(content);
        List<String> out = new ArrayList<>();
        for (Event e : sentenceEvents) {
            boolean claimed = e.claimedBy() != null && speaker.country() != null
                    && Objects.equals(e.claimedBy().country(), speaker.country());
            boolean inside = false;
            for (String w : words(e.trigger())) if (w.length() > 2 && words.contains(w)) { inside = true; break; }
            boolean isCue = e.trigger() != null && cue != null && e.trigger().equalsIgnoreCase(cue)
                    && e.source() != null && Objects.equals(e.source().country(), speaker.country());
            if (claimed || inside || isCue) out.add(e.id());
        }
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
