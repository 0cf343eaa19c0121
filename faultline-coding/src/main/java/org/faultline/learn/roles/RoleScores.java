package org.faultline.learn.roles;

import java.util.List;

/**
 * Source and target span scores of one predictor on a set of sentences, by token-overlap and by
 * exact match.
 */
public record RoleScores(SpanScore sourceOverlap, SpanScore sourceExact, SpanScore targetOverlap, SpanScore targetExact) {
    public static RoleScores of(List<AlignedSentence> sentences, SpanPredictor predictor) {
        SpanScore so = SpanScore.ZERO, se = SpanScore.ZERO, to = SpanScore.ZERO, te = SpanScore.ZERO;
        for (AlignedSentence s : sentences) {
            List<GoldSpan> p = predictor.predict(s);
            List<GoldSpan> ps = p.stream().filter(g -> g.role() == RoleLabel.SOURCE).toList();
            List<GoldSpan> pt = p.stream().filter(g -> g.role() == RoleLabel.TARGET).toList();
            List<GoldSpan> gs = s.spans(RoleLabel.SOURCE), gt = s.spans(RoleLabel.TARGET);
            so = so.plus(SpanScore.of(ps, gs, s.lost(RoleLabel.SOURCE), false));
            se = se.plus(SpanScore.of(ps, gs, s.lost(RoleLabel.SOURCE), true));
            to = to.plus(SpanScore.of(pt, gt, s.lost(RoleLabel.TARGET), false));
            te = te.plus(SpanScore.of(pt, gt, s.lost(RoleLabel.TARGET), true));
        }
        return new RoleScores(so, se, to, te);
    }

    /** One line: source and target F1, overlap then exact. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "source F1 %.3f (exact %.3f)  target F1 %.3f (exact %.3f)",
                sourceOverlap.f1(), sourceExact.f1(), targetOverlap.f1(), targetExact.f1());
    }
}
