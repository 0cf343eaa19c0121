package org.faultline.learn.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.events.eval.GoldEvent;
import org.faultline.events.eval.GoldSentence;
import org.faultline.events.eval.Score;
import org.faultline.learn.quad.Folds;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * K-fold cross-validation of the learned type classifier on the PLOVER gold: on each fold a
 * classifier is trained on the other folds (label: the sentence's first gold event type; features:
 * {@link TypeFeatures} of its first sentence) and predicts one type per held-out sentence, scored
 * like the coder (type P/R/F1 against the sentence's set of gold types). Training-fold figures sit
 * beside the held-out ones. Needs the gold sentences with their annotations; deterministic (seeded).
 */
public final class TypeFolds {
    private final int epochs;
    private final long seed;

    /** @param seed fixes the fold split and the SGD shuffling */
    public TypeFolds(int epochs, long seed) {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Type scores of one fold: on the held-out sentences and on the training folds. */
    public record Fold(int index, int sentences, Score heldOut, Score training) {}

    public List<Fold> run(List<GoldSentence> gold, List<Doc> docs, int k) {
        if (gold.size() != docs.size()) throw new IllegalArgumentException("need one doc per gold sentence: " + gold.size() + " vs " + docs.size());
        Folds folds = new Folds(gold.stream().map(GoldSentence::text).toList(), k, seed);
        List<List<String>> features = new ArrayList<>();
        for (Doc d : docs) features.add(d.sentences().isEmpty() ? List.of() : TypeFeatures.of(first(d)));
        List<Fold> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) (folds.of(gold.get(i).text()) == f ? test : train).add(i);
            Model<Label> model = train(gold, features, train);
            out.add(new Fold(f, test.size(), score(model, gold, features, test), score(model, gold, features, train)));
        }
        return out;
    }

    private static Sentence first(Doc d) { return d.sentences().get(0); }

    private Model<Label> train(List<GoldSentence> gold, List<List<String>> features, List<Integer> rows) {
        LabelFactory factory = new LabelFactory();
        List<ArrayExample<Label>> examples = new ArrayList<>();
        for (int i : rows) {
            if (gold.get(i).events().isEmpty()) continue;
            ArrayExample<Label> ex = new ArrayExample<>(new Label(gold.get(i).events().get(0).type()));
            for (String name : features.get(i)) ex.add(name, 1.0);
            ex.add("bias", 1.0);
            examples.add(ex);
        }
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(List.copyOf(examples), factory,
                new SimpleDataSourceProvenance("PLOVER gold training folds", factory)));
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), epochs, Integer.MAX_VALUE, 1, seed).train(data);
    }

    private static Score score(Model<Label> model, List<GoldSentence> gold, List<List<String>> features, List<Integer> rows) {
        int tp = 0, fp = 0, fn = 0;
        for (int i : rows) {
            Set<String> g = new LinkedHashSet<>();
            for (GoldEvent e : gold.get(i).events()) g.add(e.type());
            ArrayExample<Label> ex = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL);
            for (String name : features.get(i)) ex.add(name, 1.0);
            ex.add("bias", 1.0);
            String p = model.predict(ex).getOutput().getLabel();
            boolean hit = g.contains(p);
            tp += hit ? 1 : 0;
            fp += hit ? 0 : 1;
            fn += g.size() - (hit ? 1 : 0);
        }
        return new Score(tp, fp, fn);
    }

    /** Per fold and pooled type P/R/F1, held-out beside training. */
    public static String format(List<Fold> folds) {
        StringBuilder sb = new StringBuilder();
        sb.append("learned type classifier (Tribuo linear SGD over lexical+parse features, no rule features), trained per fold on the PLOVER training folds\n");
        sb.append(String.format(Locale.ROOT, "  %-5s %-9s %-28s %s%n", "fold", "sentences", "held-out type P/R/F1", "training folds type P/R/F1"));
        Score h = new Score(0, 0, 0), t = h;
        for (Fold f : folds) {
            sb.append(String.format(Locale.ROOT, "  %-5d %-9d %-28s %s%n", f.index(), f.sentences(), prf(f.heldOut()), prf(f.training())));
            h = new Score(h.tp() + f.heldOut().tp(), h.fp() + f.heldOut().fp(), h.fn() + f.heldOut().fn());
            t = new Score(t.tp() + f.training().tp(), t.fp() + f.training().fp(), t.fn() + f.training().fn());
        }
        sb.append(String.format(Locale.ROOT, "  %-5s %-9s %-28s %s%n", "all", "", prf(h), prf(t)));
        return sb.toString();
    }

    private static String prf(Score s) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
    }
}
