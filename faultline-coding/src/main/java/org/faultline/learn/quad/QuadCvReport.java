package org.faultline.learn.quad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.events.Event;

/**
 * The result of {@link QuadCrossValidation}: per-fold training and held-out scores, the held-out
 * prediction of every sentence, and what checking the rules with those predictions does.
 *
 * @param k         number of folds
 * @param data      the coded sentences, in order
 * @param heldOut   for each sentence, the prediction of the model trained without its fold
 * @param folds     per-fold figures
 */
public record QuadCvReport(int k, List<CodedSentence> data, List<QuadPrediction> heldOut, List<Fold> folds) {
    public QuadCvReport {
        data = List.copyOf(data);
        heldOut = List.copyOf(heldOut);
        folds = List.copyOf(folds);
        if (data.size() != heldOut.size()) throw new IllegalArgumentException("one held-out prediction per sentence needed");
    }

    /** One fold: the model trained on the other folds, scored on them (training) and on this fold (held out). */
    public record Fold(int index, int trainSize, int testSize, QuadScore training, QuadScore heldOut, QuadScore rules) {}

    /** The model's quad, pooled over all held-out folds. */
    public QuadScore pooledHeldOut() {
        int[] gold = new int[data.size()], pred = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            gold[i] = data.get(i).quad();
            pred[i] = heldOut.get(i).quad();
        }
        return QuadScore.of(gold, pred);
    }

    /** The rules alone as a sentence classifier ({@link RuleQuad}); the rules were not written on this file, but its labels chose the quad of CAMEO 16 and a few statement patterns. */
    public QuadScore rules() {
        return rulesChecked(Double.POSITIVE_INFINITY).score();
    }

    public double meanTrainingAccuracy() { return folds.stream().mapToDouble(f -> f.training().accuracy()).average().orElse(0); }

    public double meanTrainingMacroF1() { return folds.stream().mapToDouble(f -> f.training().macroF1()).average().orElse(0); }

    /** What the rules give when each sentence's events are checked with its held-out prediction at a neutral threshold. */
    public Checked rulesChecked(double dropNeutralAt) {
        int[] gold = new int[data.size()], pred = new int[data.size()];
        int neutralWithEvents = 0, eventfulWithEvents = 0, neutral = 0, eventful = 0;
        for (int i = 0; i < data.size(); i++) {
            CodedSentence c = data.get(i);
            List<Event> events = c.ruleEvents();
            if (heldOut.get(i).probability(0) >= dropNeutralAt) events = List.of();
            gold[i] = c.quad();
            pred[i] = RuleQuad.of(events);
            boolean any = RuleQuad.anyHappened(events);
            if (c.quad() == 0) {
                neutral++;
                if (any) neutralWithEvents++;
            } else {
                eventful++;
                if (any) eventfulWithEvents++;
            }
        }
        return new Checked(dropNeutralAt, QuadScore.of(gold, pred), neutral, neutralWithEvents, eventful, eventfulWithEvents);
    }

    /**
     * Rules checked at one threshold.
     *
     * @param neutral            gold-neutral sentences
     * @param neutralWithEvents  of those, how many still carry a (happened) event: the false alarms
     * @param eventful           sentences with a non-neutral gold quad
     * @param eventfulWithEvents of those, how many carry a (happened) event
     */
    public record Checked(double threshold, QuadScore score, int neutral, int neutralWithEvents, int eventful, int eventfulWithEvents) {}

    /** A readable report (the {@code faultline eval --folds} section for the class file). */
    public String format(String dataName) {
        StringBuilder sb = new StringBuilder();
        QuadScore held = pooledHeldOut();
        sb.append(String.format(Locale.ROOT, "quad model, %d-fold cross-validation over %s (%d lines; copies of a sentence share a fold)%n", k, dataName, data.size()));
        sb.append(String.format(Locale.ROOT, "  %-5s %6s %6s  %-17s %-17s %-17s%n", "fold", "train", "test", "training acc/F1", "held-out acc/F1", "rules acc/F1"));
        for (Fold f : folds)
            sb.append(String.format(Locale.ROOT, "  %-5d %6d %6d  %.3f / %.3f     %.3f / %.3f     %.3f / %.3f%n", f.index(), f.trainSize(), f.testSize(),
                    f.training().accuracy(), f.training().macroF1(), f.heldOut().accuracy(), f.heldOut().macroF1(), f.rules().accuracy(), f.rules().macroF1()));
        sb.append(String.format(Locale.ROOT, "  held-out (pooled): quad accuracy %.3f, macro F1 %.3f%n", held.accuracy(), held.macroF1()));
        sb.append(String.format(Locale.ROOT, "  training folds (mean): quad accuracy %.3f, macro F1 %.3f; gap %.3f / %.3f%n",
                meanTrainingAccuracy(), meanTrainingMacroF1(), meanTrainingAccuracy() - held.accuracy(), meanTrainingMacroF1() - held.macroF1()));
        QuadScore r = rules();
        sb.append(String.format(Locale.ROOT, "  rules alone as a quad classifier (not written on this file; its labels set the quad of CAMEO 16 and a few statement patterns): accuracy %.3f, macro F1 %.3f%n", r.accuracy(), r.macroF1()));
        sb.append("  held-out confusion (rows gold 0..4, columns model 0..4):\n");
        int[][] m = held.confusion();
        for (int g = 0; g < m.length; g++) {
            sb.append("    ").append(g).append(':');
            for (int x : m[g]) sb.append(String.format(Locale.ROOT, " %5d", x));
            sb.append('\n');
        }
        sb.append("  rules checked by the held-out model (drop a sentence's events when p(neutral) >= t):\n");
        sb.append(String.format(Locale.ROOT, "    %-6s %-22s %-24s %s%n", "t", "neutral w/ events", "non-neutral w/ events", "sentence quad acc/F1"));
        for (Checked c : sweep())
            sb.append(String.format(Locale.ROOT, "    %-6s %4d of %-4d (%.3f)     %4d of %-4d (%.3f)      %.3f / %.3f%n",
                    Double.isInfinite(c.threshold()) ? "off" : String.format(Locale.ROOT, "%.2f", c.threshold()),
                    c.neutralWithEvents(), c.neutral(), ratio(c.neutralWithEvents(), c.neutral()),
                    c.eventfulWithEvents(), c.eventful(), ratio(c.eventfulWithEvents(), c.eventful()), c.score().accuracy(), c.score().macroF1()));
        return sb.toString();
    }

    public List<Checked> sweep() {
        List<Checked> out = new ArrayList<>();
        out.add(rulesChecked(Double.POSITIVE_INFINITY));
        for (double t : new double[] {0.9, 0.8, 0.7, 0.6, 0.5}) out.add(rulesChecked(t));
        return out;
    }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }

}
