package org.faultline.learn.quad;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates and rule-codes the examples of a quad class file, each distinct sentence once (the
 * slow part of training and evaluation). Needs an {@link Annotator} and the rules-only
 * {@link EventCoder}; gives one {@link CodedSentence} per example, in file order.
 */
public final class QuadCorpus {
    private static final Logger log = LoggerFactory.getLogger(QuadCorpus.class);
    private final Annotator annotator;
    private final EventCoder rules;

    public QuadCorpus(Annotator annotator, EventCoder coder) {
        if (annotator == null) throw new IllegalArgumentException("annotator must not be null");
        if (coder == null) throw new IllegalArgumentException("coder must not be null");
        this.annotator = annotator;
        this.rules = coder.rulesOnly();
    }

    public List<CodedSentence> code(List<QuadExample> examples) {
        Map<String, Doc> docs = new HashMap<>();
        Map<String, List<Event>> events = new HashMap<>();
        List<CodedSentence> out = new ArrayList<>(examples.size());
        for (QuadExample x : examples) {
            Doc doc = docs.computeIfAbsent(x.text(), t -> {
                if (docs.size() % 200 == 0) log.info("annotating quad sentence {}", docs.size());
                return annotator.annotate("quad-" + docs.size(), t, null);
            });
            if (doc.sentences().isEmpty()) {
                log.warn("skipping a quad example the annotator found no sentence in: '{}'", x.text());
                continue;
            }
            List<Event> coded = events.computeIfAbsent(x.text(), t -> rules.code(doc).stream()
                    .filter(e -> e.sentenceIndex() == 0).toList());
            // a line the splitter cuts in two is read by its first sentence: the class is the line's
            out.add(new CodedSentence(x.text(), x.quad(), doc.sentences().get(0), coded));
        }
        return out;
    }
}
