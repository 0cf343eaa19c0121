package org.faultline.learn.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faultline.actors.ActorResolver;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.events.SentenceCheck;
import org.faultline.events.eval.EvalReport;
import org.faultline.events.eval.GoldEvaluator;
import org.faultline.events.eval.GoldSentence;
import org.faultline.events.eval.Score;
import org.faultline.learn.quad.Folds;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * The PLOVER part of {@code faultline eval --folds K} for the learned role model: on each fold of
 * the PLOVER gold, a role model is trained on ConfliBERT's span-marked sentences plus the PLOVER
 * training folds (spans from the gold's inline markup, {@link PloverMarkup}) and the coder built
 * with it is scored on the held-out fold; beside it the shipped coder on the same fold. What is and
 * is not held out is said in the report: the role model never saw the held-out fold, but the
 * rules (event types, patterns) were written from every PLOVER sentence, so type and dyad F1 stay
 * figures on sentences the rules were written from. Role span F1 on the held-out fold is a
 * held-out figure for both models (the shipped one was trained on ConfliBERT alone).
 * Needs an annotator, the ConfliBERT corpus, the training config, the coder's resolvers and check.
 */
public final class PloverRoleFolds {
    private final Annotator annotator;
    private final List<AlignedSentence> conflibert;
    private final TrainConfig config;
    private final RoleFeatures features;
    private final ActorResolver actors;
    private final PlaceResolver places;
    private final SentenceCheck check;

    public PloverRoleFolds(Annotator annotator, List<AlignedSentence> conflibert, TrainConfig config, ActorResolver actors,
                           PlaceResolver places, SentenceCheck check) {
        if (annotator == null || conflibert == null || config == null || actors == null || places == null || check == null)
            throw new IllegalArgumentException("PLOVER role folds need an annotator, the ConfliBERT sentences, a config, resolvers and a check");
        this.annotator = annotator;
        this.conflibert = List.copyOf(conflibert);
        this.config = config;
        this.features = new RoleFeatures(actors);
        this.actors = actors;
        this.places = places;
        this.check = check;
    }

    /** One fold: the coder with the fold's role model and the shipped coder, on the held-out sentences. */
    public record Fold(int index, int sentences, int markedTrain, Score foldType, Score foldDyad, Score shippedType, Score shippedDyad,
                       RoleScores foldSpans, RoleScores shippedSpans) {}

    /**
     * @param gold    the PLOVER gold sentences
     * @param docs    their annotations, {@code docs.get(i)} for {@code gold.get(i)}
     * @param markup  tagged sentences by text ({@link PloverMarkup#read})
     * @param shipped the role model the product ships
     * @param seed    the fold seed (the same as the other PLOVER sections', so folds line up)
     */
    public List<Fold> run(List<GoldSentence> gold, List<Doc> docs, Map<String, TaggedSentence> markup, RoleModel shipped, int k, long seed) {
        if (gold.size() != docs.size()) throw new IllegalArgumentException("need one doc per gold sentence: " + gold.size() + " vs " + docs.size());
        Folds folds = new Folds(gold.stream().map(GoldSentence::text).toList(), k, seed);
        List<AlignedSentence> aligned = new ArrayList<>();
        List<Integer> alignedFold = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            TaggedSentence t = markup.get(gold.get(i).text());
            if (t == null || docs.get(i).sentences().isEmpty()) continue;
            aligned.add(Aligner.align("plover-" + i, t, docs.get(i)));
            alignedFold.add(folds.of(gold.get(i).text()));
        }
        EventCoder shippedCoder = EventCoder.withBundledData(actors, places, shipped).checkedBy(check);
        RoleTagger shippedTagger = new RoleTagger(shipped, features);
        List<Fold> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<AlignedSentence> train = new ArrayList<>(conflibert), heldOutSpans = new ArrayList<>();
            for (int j = 0; j < aligned.size(); j++) (alignedFold.get(j) == f ? heldOutSpans : train).add(aligned.get(j));
            RoleModel model = new RoleTrainer(config, features).train(train);
            EventCoder foldCoder = EventCoder.withBundledData(actors, places, model).checkedBy(check);
            List<GoldSentence> g = new ArrayList<>();
            List<Doc> d = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++)
                if (folds.of(gold.get(i).text()) == f) { g.add(gold.get(i)); d.add(docs.get(i)); }
            EvalReport withFold = new GoldEvaluator(annotator, foldCoder).score(g, d);
            EvalReport withShipped = new GoldEvaluator(annotator, shippedCoder).score(g, d);
            RoleTagger foldTagger = new RoleTagger(model, features);
            out.add(new Fold(f, g.size(), train.size() - conflibert.size(), withFold.type(), withFold.dyad(), withShipped.type(), withShipped.dyad(),
                    RoleScores.of(heldOutSpans, predictor(foldTagger)), RoleScores.of(heldOutSpans, predictor(shippedTagger))));
        }
        return out;
    }

    private static SpanPredictor predictor(RoleTagger tagger) {
        return s -> {
            DepTree t = new DepTree(s.sentence());
            return tagger.tag(t, t.root(), null).spans();
        };
    }

    /** The report: per fold and pooled, with what each figure may be called. */
    public static String format(List<Fold> folds) {
        StringBuilder sb = new StringBuilder();
        sb.append("PLOVER gold, ").append(folds.size()).append(" folds: role model retrained per fold on ConfliBERT + the PLOVER training folds' marked spans\n");
        sb.append("  type and dyad F1: the RULES WERE WRITTEN FROM THESE SENTENCES (every fold): not held-out figures, for either model;\n");
        sb.append("  role span F1 (token overlap, parse root as predicate): held out for both models (the shipped one never saw PLOVER)\n");
        sb.append(String.format(Locale.ROOT, "  %-5s %-9s %-10s %-42s %-42s %s%n", "fold", "sentences", "+PLOVER tr",
                "fold role model: type P/R/F1, dyad F1", "shipped role model: type P/R/F1, dyad F1", "held-out spans src/tgt F1 fold | shipped"));
        Score ft = zero(), fd = zero(), st = zero(), sd = zero();
        SpanScore[] sums = {SpanScore.ZERO, SpanScore.ZERO, SpanScore.ZERO, SpanScore.ZERO};
        int n = 0;
        for (Fold f : folds) {
            sb.append(String.format(Locale.ROOT, "  %-5d %-9d %-10d %-42s %-42s %s%n", f.index(), f.sentences(), f.markedTrain(),
                    figures(f.foldType(), f.foldDyad()), figures(f.shippedType(), f.shippedDyad()), spans(f.foldSpans(), f.shippedSpans())));
            ft = plus(ft, f.foldType()); fd = plus(fd, f.foldDyad()); st = plus(st, f.shippedType()); sd = plus(sd, f.shippedDyad());
            sums[0] = sums[0].plus(f.foldSpans().sourceOverlap()); sums[1] = sums[1].plus(f.foldSpans().targetOverlap());
            sums[2] = sums[2].plus(f.shippedSpans().sourceOverlap()); sums[3] = sums[3].plus(f.shippedSpans().targetOverlap());
            n += f.sentences();
        }
        sb.append(String.format(Locale.ROOT, "  %-5s %-9d %-10s %-42s %-42s %.3f / %.3f | %.3f / %.3f%n", "all", n, "", figures(ft, fd), figures(st, sd),
                sums[0].f1(), sums[1].f1(), sums[2].f1(), sums[3].f1()));
        return sb.toString();
    }

    private static Score zero() { return new Score(0, 0, 0); }

    private static Score plus(Score a, Score b) { return new Score(a.tp() + b.tp(), a.fp() + b.fp(), a.fn() + b.fn()); }

    private static String figures(Score type, Score dyad) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f, %.3f", type.precision(), type.recall(), type.f1(), dyad.f1());
    }

    private static String spans(RoleScores fold, RoleScores shipped) {
        return String.format(Locale.ROOT, "%.3f / %.3f | %.3f / %.3f", fold.sourceOverlap().f1(), fold.targetOverlap().f1(),
                shipped.sourceOverlap().f1(), shipped.targetOverlap().f1());
    }
}
