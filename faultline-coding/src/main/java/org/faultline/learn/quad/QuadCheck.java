package org.faultline.learn.quad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.events.Event;
import org.faultline.events.SentenceCheck;
import org.faultline.nlp.Sentence;

/**
 * The quad model as a second opinion on the rules: when the model is confident a sentence is
 * neutral (a caption, a sports result, background), its rule events are dropped, except statements
 * and appeals (CAMEO 01/02), which the model's class 0 holds too; when the model's
 * quad differs from a rule event's quad, the event's confidence is lowered. Every kept event is
 * marked {@link Event#RULES_QUAD}. Needs a {@link QuadModel} (loaded once by the caller) and the
 * thresholds chosen on held-out folds ({@code faultline eval --folds}).
 *
 * @see QuadCheckPolicy
 */
public final class QuadCheck implements SentenceCheck {
    private final QuadModel model;
    private final QuadFeatures features = new QuadFeatures();
    private final QuadCheckPolicy policy;

    public QuadCheck(QuadModel model, QuadCheckPolicy policy) {
        if (model == null) throw new IllegalArgumentException("quad model must not be null");
        if (policy == null) throw new IllegalArgumentException("quad check policy must not be null");
        this.model = model;
        this.policy = policy;
    }

    /** The shipped model with the shipped policy. */
    public static QuadCheck bundled() {
        return new QuadCheck(QuadModel.bundled(), QuadCheckPolicy.defaults());
    }

    public QuadCheckPolicy policy() { return policy; }

    public QuadPrediction predict(Sentence sentence, List<Event> ruleEvents) {
        return model.predict(features.of(sentence, ruleEvents));
    }

    @Override
    public Checked check(Sentence sentence, List<Event> ruleEvents) {
        if (ruleEvents.isEmpty()) return new Checked(ruleEvents, List.of()); // nothing to judge: spare the cost
        QuadPrediction p = predict(sentence, ruleEvents);
        double neutral = p.probability(0);
        if (neutral >= policy.dropNeutralAt()) {
            // the model's class 0 holds statements and appeals as well as sentences with no event: those it keeps
            List<Event> appeals = new ArrayList<>();
            for (Event e : ruleEvents) if (RuleQuad.statementOrAppeal(e)) appeals.add(e.withPath(Event.RULES_QUAD, e.confidence()));
            return new Checked(appeals, List.of(String.format(Locale.ROOT,
                    "quad model: neutral sentence (p=%.2f >= %.2f), %d rule event(s) dropped, %d statement(s) or appeal(s) kept",
                    neutral, policy.dropNeutralAt(), ruleEvents.size() - appeals.size(), appeals.size())));
        }
        List<Event> kept = new ArrayList<>(ruleEvents.size());
        List<String> notes = new ArrayList<>();
        int modelQuad = p.quad();
        for (Event e : ruleEvents) {
            double confidence = e.confidence();
            if (modelQuad != 0 && modelQuad != e.quad()) {
                confidence *= policy.disagreementFactor();
                notes.add(String.format(Locale.ROOT, "quad model: %s is quad %d, model says %d (p=%.2f): confidence x%.2f",
                        e.type(), e.quad(), modelQuad, p.probability(modelQuad), policy.disagreementFactor()));
            }
            kept.add(e.withPath(Event.RULES_QUAD, confidence));
        }
        return new Checked(kept, notes);
    }
}
