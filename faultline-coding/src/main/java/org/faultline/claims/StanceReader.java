package org.faultline.claims;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The stance of a statement: the cue's own stance ("accused" → accuse, "denied" → deny), unless the
 * cue is neutral ("said", "countered") and the content's words signal a stronger one (see
 * {@code cues.tsv}). A neutral rebuttal cue with nothing else to go on is a denial.
 */
final class StanceReader {
    private final CueBook cues;

    StanceReader(CueBook cues) {
        this.cues = cues;
    }

    Stance stance(CueBook.Cue cue, Parse p, BitSet content, String contentText) {
        if (!cue.contentDecides()) return cue.stance();
        Optional<Stance> read = p == null || content.isEmpty() ? fromText(contentText) : fromTokens(p, content);
        if (read.isPresent()) return read.get();
        if (cue.rebut()) return Stance.DENY;
        return cue.stance();
    }

    /** The strongest stance the content tokens signal, if any. */
    Optional<Stance> fromTokens(Parse p, BitSet content) {
        EnumSet<Stance> seen = EnumSet.noneOf(Stance.class);
        String prev = null;
        for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(i + 1)) {
            String lemma = p.lemma(i);
            Optional<Stance> w = cues.word(lemma);
            if (w.isEmpty()) w = cues.word(p.lower(i));
            // "should have been removed": a reproach about the past, not a demand
            if (w.isPresent() && w.get() == Stance.DEMAND && p.token(i).pos().equals("MD") && i + 1 < p.size()
                    && p.lemma(i + 1).equals("have")) w = Optional.empty();
            // "any provocation", "every aggression": a hypothetical act, not an accusation
            if (w.isPresent() && w.get() == Stance.ACCUSE && p.child(i, "det") >= 0
                    && Set.of("any", "every", "no").contains(p.lower(p.child(i, "det")))) w = Optional.of(Stance.WARN);
            w.ifPresent(seen::add);
            if (prev != null) cues.word(prev + " " + lemma).ifPresent(seen::add);
            prev = lemma;
        }
        return strongest(seen);
    }

    /** The same over plain text (quotes whose tokens lie in other sentences); words are matched as written. */
    Optional<Stance> fromText(String text) {
        EnumSet<Stance> seen = EnumSet.noneOf(Stance.class);
        String prev = null;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (w.isEmpty()) continue;
            cues.word(w).ifPresent(seen::add);
            cues.word(singular(w)).ifPresent(seen::add);
            if (prev != null) cues.word(prev + " " + w).ifPresent(seen::add);
            prev = w;
        }
        return strongest(seen);
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static Optional<Stance> strongest(Set<Stance> seen) {
        for (Stance s : CueBook.PRIORITY) if (seen.contains(s)) return Optional.of(s);
        return Optional.empty();
    }
}
