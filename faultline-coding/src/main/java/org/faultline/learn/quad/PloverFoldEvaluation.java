package org.faultline.learn.quad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.eval.EvalReport;
import org.faultline.events.eval.GoldEvaluator;
import org.faultline.events.eval.GoldSentence;
import org.faultline.events.eval.Score;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * K-fold figures on a PLOVER gold file, for the rules alone and for the rules checked by the quad
 * model: event type P/R/F1, country-level dyad F1 (type + source country + target country), the
 * sentence quad accuracy, and how many sentences without a gold event stayed empty. The rules were
 * written on this file, so their figures are training figures on every fold; the quad model was
 * trained on the class file only, so for it every gold fold is held out.
 * Needs an {@link Annotator}, the checked {@link EventCoder} and the gold sentences.
 */
public final class PloverFoldEvaluation {
    private final Annotator annotator;
    private final EventCoder checked;
    private final PloverQuads quads = PloverQuads.bundled();

    public PloverFoldEvaluation(Annotator annotator, EventCoder checkedCoder) {
        if (annotator == null) throw new IllegalArgumentException("annotator must not be null");
        if (checkedCoder == null) throw new IllegalArgumentException("coder must not be null");
        this.annotator = annotator;
        this.checked = checkedCoder;
    }

    /** One fold's figures for one path. */
    public record Figures(Score type, Score dyad, int sentences, int quadRight, int emptyGold, int emptyKept) {
        Figures plus(Figures o) {
            return new Figures(new Score(type.tp() + o.type.tp(), type.fp() + o.type.fp(), type.fn() + o.type.fn()),
                    new Score(dyad.tp() + o.dyad.tp(), dyad.fp() + o.dyad.fp(), dyad.fn() + o.dyad.fn()),
                    sentences + o.sentences, quadRight + o.quadRight, emptyGold + o.emptyGold, emptyKept + o.emptyKept);
        }

        public double quadAccuracy() { return sentences == 0 ? 0 : (double) quadRight / sentences; }
    }

    /** Per-fold figures of both paths. */
    public record Result(int k, List<Figures> rules, List<Figures> checked) {
        public Figures pooled(List<Figures> folds) {
            Figures sum = new Figures(new Score(0, 0, 0), new Score(0, 0, 0), 0, 0, 0, 0);
            for (Figures f : folds) sum = sum.plus(f);
            return sum;
        }

        public String format(String goldName) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "PLOVER gold %s, %d folds (the rules were WRITTEN ON THIS FILE: their figures are training figures on every fold;%n"
                    + "  the quad model never saw it: rules+quad-model changes are held-out)%n", goldName, k));
            sb.append(String.format(Locale.ROOT, "  %-5s %-16s %-32s %-8s %-8s %s%n", "fold", "path", "type P/R/F1", "dyad F1", "quad acc", "empty kept"));
            for (int f = 0; f < k; f++) {
                row(sb, Integer.toString(f), "rules", rules.get(f));
                row(sb, "", "rules+quad-model", checked.get(f));
            }
            row(sb, "all", "rules", pooled(rules));
            row(sb, "all", "rules+quad-model", pooled(checked));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String fold, String path, Figures x) {
            sb.append(String.format(Locale.ROOT, "  %-5s %-16s %.3f / %.3f / %.3f      %.3f    %.3f    %s%n", fold, path,
                    x.type().precision(), x.type().recall(), x.type().f1(), x.dyad().f1(), x.quadAccuracy(),
                    x.emptyGold() == 0 ? "n/a (every gold sentence has an event)" : x.emptyKept() + " of " + x.emptyGold()));
        }
    }

    public Result run(List<GoldSentence> gold, int k, long seed) {
        return run(gold, annotate(gold), k, seed, checked);
    }

    /** The gold sentences annotated (the slow part: reuse them for several coders). */
    public List<Doc> annotate(List<GoldSentence> gold) {
        return new GoldEvaluator(annotator, checked).annotate(gold);
    }

    /** Folds of already-annotated gold sentences, for the rules alone and for {@code checkedCoder}. */
    public Result run(List<GoldSentence> gold, List<Doc> docs, int k, long seed, EventCoder checkedCoder) {
        Folds folds = new Folds(gold.stream().map(GoldSentence::text).toList(), k, seed);
        EventCoder rules = checkedCoder.rulesOnly();
        GoldEvaluator rulesEval = new GoldEvaluator(annotator, rules), checkedEval = new GoldEvaluator(annotator, checkedCoder);
        List<Figures> r = new ArrayList<>(), c = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<GoldSentence> g = new ArrayList<>();
            List<Doc> d = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++)
                if (folds.of(gold.get(i).text()) == f) {
                    g.add(gold.get(i));
                    d.add(docs.get(i));
                }
            r.add(figures(rulesEval.score(g, d), rules, g, d));
            c.add(figures(checkedEval.score(g, d), checkedCoder, g, d));
        }
        return new Result(k, r, c);
    }

    private Figures figures(EvalReport report, EventCoder coder, List<GoldSentence> gold, List<Doc> docs) {
        int right = 0, emptyGold = 0, emptyKept = 0;
        for (int i = 0; i < gold.size(); i++) {
            List<Event> events = coder.code(docs.get(i));
            if (RuleQuad.of(events) == quads.ofGold(gold.get(i).events())) right++;
            if (gold.get(i).events().isEmpty()) {
                emptyGold++;
                if (!RuleQuad.anyHappened(events)) emptyKept++;
            }
        }
        return new Figures(report.type(), report.dyad(), gold.size(), right, emptyGold, emptyKept);
    }
}
