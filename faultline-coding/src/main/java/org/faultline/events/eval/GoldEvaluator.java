package org.faultline.events.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.Factuality;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * Scores the coder against sentence-level gold records (the PLOVER gold standard format).
 * <p>
 * Matching rule, per gold sentence (each sentence is annotated and coded on its own, with the
 * record's date as report date):
 * <ul>
 *   <li>Only events the text presents as having happened are scored: factuality asserted or
 *       reported. Proposed, hypothetical and negated events (the "withdraw" in "urged X to
 *       withdraw") are acts that did not take place; the gold codes the act that did (the REQUEST).</li>
 *   <li>Type: the set of predicted types against the set of gold types of the sentence.</li>
 *   <li>Type+source+target: a gold record is found when some predicted event has its type, a source
 *       country among the record's sources and a target country among its targets (an empty gold
 *       side accepts only a missing actor; compound actors coded as each other's partners, "X and Y
 *       agreed", also accept the other partner as target). Precision counts distinct predicted
 *       (type, source country, target country) triples that match some gold record of the sentence.</li>
 *   <li>Source (target) alone: the same with the type and the source (target) country only.</li>
 * </ul>
 * Needs an {@link Annotator} and an {@link EventCoder}; the gold file path is passed in.
 */
public final class GoldEvaluator {
    private static final Set<Factuality> SCORED = Set.of(Factuality.ASSERTED, Factuality.REPORTED);
    private final Annotator annotator;
    private final EventCoder coder;

    public GoldEvaluator(Annotator annotator, EventCoder coder) {
        if (annotator == null) throw new IllegalArgumentException("annotator must not be null");
        if (coder == null) throw new IllegalArgumentException("coder must not be null");
        this.annotator = annotator;
        this.coder = coder;
    }

    /** Reads the gold file, annotates and codes each sentence, and scores. */
    public EvalReport evaluate(Path goldFile) {
        return evaluate(GoldFile.read(goldFile));
    }

    public EvalReport evaluate(List<GoldSentence> gold) {
        List<Doc> docs = annotate(gold);
        return score(gold, docs);
    }

    /** Annotates the gold sentences (the slow part; reuse the docs when scoring several coders). */
    public List<Doc> annotate(List<GoldSentence> gold) {
        List<Doc> docs = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) docs.add(annotator.annotate("gold-" + i, gold.get(i).text(), gold.get(i).date()));
        return docs;
    }

    /** Scores already-annotated gold sentences; {@code docs.get(i)} is the annotation of {@code gold.get(i)}. */
    public EvalReport score(List<GoldSentence> gold, List<Doc> docs) {
        if (gold.size() != docs.size()) throw new IllegalArgumentException("need one doc per gold sentence: " + gold.size() + " vs " + docs.size());
        Score type = new Score(0, 0, 0), dyad = type, source = type, target = type;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int events = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldSentence g = gold.get(i);
            List<Event> predicted = new ArrayList<>();
            for (Event e : coder.code(docs.get(i))) if (SCORED.contains(e.factuality())) predicted.add(e);
            events += g.events().size();
            Set<String> gTypes = new LinkedHashSet<>(), pTypes = new LinkedHashSet<>();
            for (GoldEvent ge : g.events()) gTypes.add(ge.type());
            for (Event e : predicted) pTypes.add(e.type());
            int tp = 0;
            for (String t : gTypes) if (pTypes.contains(t)) tp++;
            type = type.plus(tp, pTypes.size() - tp, gTypes.size() - tp);
            confuse(confusion, gTypes, pTypes);
            dyad = add(dyad, g, predicted, true, true);
            source = add(source, g, predicted, true, false);
            target = add(target, g, predicted, false, true);
            if (tp < gTypes.size() && misses.size() < 400) misses.add(g.events().get(0).id() + " gold " + gTypes + " got " + pTypes);
        }
        return new EvalReport(gold.size(), events, type, dyad, source, target, confusion, misses);
    }

    private static Score add(Score s, GoldSentence g, List<Event> predicted, boolean useSource, boolean useTarget) {
        int found = 0;
        for (GoldEvent ge : g.events()) if (predicted.stream().anyMatch(e -> matches(ge, e, useSource, useTarget))) found++;
        Set<String> keys = new LinkedHashSet<>(), good = new LinkedHashSet<>();
        for (Event e : predicted) {
            String key = e.type() + "|" + (useSource ? country(e.source()) : "") + "|" + (useTarget ? country(e.target()) : "");
            keys.add(key);
            if (g.events().stream().anyMatch(ge -> matches(ge, e, useSource, useTarget))) good.add(key);
        }
        return s.plus(found, keys.size() - good.size(), g.events().size() - found);
    }

    private static boolean matches(GoldEvent ge, Event e, boolean useSource, boolean useTarget) {
        if (!ge.type().equals(e.type())) return false;
        String src = country(e.source()), tgt = country(e.target());
        if (useSource && !ge.acceptsSource(src)) return false;
        return !useTarget || ge.acceptsTarget(tgt, src);
    }

    private static String country(org.faultline.actors.Actor a) { return a == null ? null : a.country(); }

    private static void confuse(Map<String, Map<String, Integer>> m, Set<String> gold, Set<String> pred) {
        List<String> spurious = new ArrayList<>();
        for (String p : pred) if (!gold.contains(p)) spurious.add(p);
        int k = 0;
        for (String g : gold) {
            String col = pred.contains(g) ? g : k < spurious.size() ? spurious.get(k++) : EvalReport.NONE;
            m.computeIfAbsent(g, x -> new HashMap<>()).merge(col, 1, Integer::sum);
        }
        for (; k < spurious.size(); k++) m.computeIfAbsent(EvalReport.NONE, x -> new HashMap<>()).merge(spurious.get(k), 1, Integer::sum);
    }

}
