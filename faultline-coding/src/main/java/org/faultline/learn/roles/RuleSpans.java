package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.nlp.Sentence;

/**
 * The rule coder seen as a span predictor, so its roles can be scored on the same sentences as the
 * learned model: the first event of the sentence that has a source or target gives one source and
 * one target span, found where the actor's text stands in the sentence (its last word when the
 * whole text is not there, e.g. a pronoun's antecedent).
 */
public final class RuleSpans implements SpanPredictor {
    private final EventCoder coder;

    public RuleSpans(EventCoder coder) {
        if (coder == null) throw new IllegalArgumentException("coder must not be null");
        this.coder = coder;
    }

    @Override
    public List<GoldSpan> predict(AlignedSentence s) {
        List<GoldSpan> out = new ArrayList<>();
        for (Event e : coder.code(s.id(), s.sentence(), null)) {
            if (e.source() == null && e.target() == null) continue;
            locate(s.sentence(), e.source(), RoleLabel.SOURCE, out);
            locate(s.sentence(), e.target(), RoleLabel.TARGET, out);
            break;
        }
        return out;
    }

    private static void locate(Sentence s, Actor a, RoleLabel role, List<GoldSpan> out) {
        if (a == null) return;
        String[] words = a.text().toLowerCase(Locale.ROOT).split("\\s+");
        int n = s.tokens().size();
        for (int i = 0; i + words.length <= n; i++) {
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) match = s.tokens().get(i + k).word().toLowerCase(Locale.ROOT).equals(words[k]);
            if (match) { out.add(new GoldSpan(role, i, i + words.length)); return; }
        }
        String last = words[words.length - 1];
        for (int i = 0; i < n; i++)
            if (s.tokens().get(i).word().toLowerCase(Locale.ROOT).equals(last)) { out.add(new GoldSpan(role, i, i + 1)); return; }
    }
}
