package org.faultline.learn.roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a {@link RoleModel} to a sentence: scores every phrase head against one predicate and
 * picks the likeliest source and the likeliest other phrase as target, each only above the
 * model's threshold. Needs the model and the {@link RoleFeatures} it was trained with; stateless.
 */
public final class RoleTagger {
    private final RoleModel model;
    private final RoleFeatures features;

    public RoleTagger(RoleModel model, RoleFeatures features) {
        if (model == null || features == null) throw new IllegalArgumentException("role tagger needs a model and features");
        this.model = model;
        this.features = features;
    }

    /** One phrase head with its probabilities of being the source and the target. */
    public record Scored(int head, double source, double target) {}

    /** The predicted roles: at most one source and one target span. */
    public record Tagged(Optional<Scored> source, Optional<Scored> target, List<GoldSpan> spans) {
        public Tagged { spans = List.copyOf(spans); }
    }

    /** Scores of every phrase head of the sentence, in token order. */
    public List<Scored> score(DepTree t, int predicate, LocalDate date) {
        List<Integer> heads = Phrases.heads(t);
        List<Scored> out = new ArrayList<>(heads.size());
        for (int rank = 0; rank < heads.size(); rank++) {
            int h = heads.get(rank);
            if (h == predicate) continue;
            double[] p = model.probabilities(features.of(t, h, predicate, rank, date));
            out.add(new Scored(h, p[RoleLabel.SOURCE.ordinal()], p[RoleLabel.TARGET.ordinal()]));
        }
        return out;
    }

    /** Best source and best target (a different phrase) of the sentence as seen from {@code predicate}. */
    public Tagged tag(DepTree t, int predicate, LocalDate date) {
        List<Scored> scored = score(t, predicate, date);
        Scored src = null, tgt = null;
        for (Scored s : scored) if (s.source() >= model.sourceThreshold() && (src == null || s.source() > src.source())) src = s;
        for (Scored s : scored) {
            if (src != null && s.head() == src.head()) continue;
            if (s.target() >= model.targetThreshold() && (tgt == null || s.target() > tgt.target())) tgt = s;
        }
        List<GoldSpan> spans = new ArrayList<>();
        if (src != null) spans.add(Phrases.span(t, src.head(), RoleLabel.SOURCE));
        if (tgt != null) spans.add(Phrases.span(t, tgt.head(), RoleLabel.TARGET));
        return new Tagged(Optional.ofNullable(src), Optional.ofNullable(tgt), spans);
    }
}
