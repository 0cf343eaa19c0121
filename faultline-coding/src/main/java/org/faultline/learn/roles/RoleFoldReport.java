package org.faultline.learn.roles;

import java.util.List;
import java.util.Locale;

/**
 * The roles section of {@code faultline eval --folds K}: per fold, the learned model's held-out and
 * training-fold span F1 and the rule coder's on the same held-out sentences, then the means.
 */
public final class RoleFoldReport {
    private RoleFoldReport() {}

    public static String format(List<CrossValidation.Fold> folds) {
        StringBuilder sb = new StringBuilder();
        sb.append("fold  sentences  model held-out (source F1 / exact, target F1 / exact) | model training folds | rules on held-out\n");
        for (CrossValidation.Fold f : folds) {
            sb.append(String.format(Locale.ROOT, "%4d  %9d  %s | %s | %s%n", f.index(), f.heldOutSentences(), f1s(f.heldOut()),
                    f1s(f.training()), f.rules() == null ? "-" : f1s(f.rules())));
        }
        RoleScores ho = pooled(folds, 0), tr = pooled(folds, 1), ru = folds.get(0).rules() == null ? null : pooled(folds, 2);
        sb.append(String.format(Locale.ROOT, "mean  model held-out  source F1 %.3f exact %.3f  target F1 %.3f exact %.3f%n",
                mean(folds, 0, 0), mean(folds, 0, 1), mean(folds, 0, 2), mean(folds, 0, 3)));
        sb.append(String.format(Locale.ROOT, "mean  model training  source F1 %.3f exact %.3f  target F1 %.3f exact %.3f  (gap source %.3f, target %.3f)%n",
                mean(folds, 1, 0), mean(folds, 1, 1), mean(folds, 1, 2), mean(folds, 1, 3),
                mean(folds, 1, 0) - mean(folds, 0, 0), mean(folds, 1, 2) - mean(folds, 0, 2)));
        if (ru != null) sb.append(String.format(Locale.ROOT, "mean  rule coder      source F1 %.3f exact %.3f  target F1 %.3f exact %.3f%n",
                mean(folds, 2, 0), mean(folds, 2, 1), mean(folds, 2, 2), mean(folds, 2, 3)));
        sb.append("pooled held-out source ").append(ho.sourceOverlap().format()).append('\n');
        sb.append("pooled held-out target ").append(ho.targetOverlap().format()).append('\n');
        if (ru != null) {
            sb.append("pooled rules    source ").append(ru.sourceOverlap().format()).append('\n');
            sb.append("pooled rules    target ").append(ru.targetOverlap().format()).append('\n');
        }
        return sb.toString();
    }

    private static String f1s(RoleScores s) {
        return String.format(Locale.ROOT, "%.3f / %.3f  %.3f / %.3f", s.sourceOverlap().f1(), s.sourceExact().f1(),
                s.targetOverlap().f1(), s.targetExact().f1());
    }

    private static RoleScores pick(CrossValidation.Fold f, int which) {
        return which == 0 ? f.heldOut() : which == 1 ? f.training() : f.rules();
    }

    private static double mean(List<CrossValidation.Fold> folds, int which, int metric) {
        double sum = 0;
        for (CrossValidation.Fold f : folds) {
            RoleScores s = pick(f, which);
            sum += switch (metric) {
                case 0 -> s.sourceOverlap().f1();
                case 1 -> s.sourceExact().f1();
                case 2 -> s.targetOverlap().f1();
                default -> s.targetExact().f1();
            };
        }
        return sum / folds.size();
    }

    private static RoleScores pooled(List<CrossValidation.Fold> folds, int which) {
        SpanScore so = SpanScore.ZERO, se = SpanScore.ZERO, to = SpanScore.ZERO, te = SpanScore.ZERO;
        for (CrossValidation.Fold f : folds) {
            RoleScores s = pick(f, which);
            so = so.plus(s.sourceOverlap());
            se = se.plus(s.sourceExact());
            to = to.plus(s.targetOverlap());
            te = te.plus(s.targetExact());
        }
        return new RoleScores(so, se, to, te);
    }
}
