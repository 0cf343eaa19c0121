package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.events.eval.GoldSentence;
import org.faultline.learn.quad.QuadTrainingConfig;
import org.faultline.learn.roles.CrossValidation;
import org.faultline.learn.roles.PloverMarkup;
import org.faultline.learn.roles.PloverRoleFolds;
import org.faultline.learn.roles.RoleCorpus;
import org.faultline.learn.roles.RoleFeatures;
import org.faultline.learn.roles.RoleFoldReport;
import org.faultline.learn.roles.RuleSpans;
import org.faultline.learn.roles.TrainConfig;
import org.faultline.learn.types.TypeFolds;
import org.faultline.nlp.Doc;

/**
 * The roles section of {@code faultline eval --folds K}: K-fold cross-validation of the learned role
 * model on ConfliBERT's span-marked sentences, with the rule coder (rule role steps alone) scored on
 * the same held-out folds; then the PLOVER gold folds with a role model retrained per fold.
 */
final class RoleFoldEval {
    /** Passes of the learned type classifier over its ~250 training sentences. */
    private static final int TYPE_EPOCHS = 10;

    private RoleFoldEval() {}

    /**
     * Scores the rule role steps alone (no learned step) on the held-out folds beside the model, then
     * (when the PLOVER gold was read) the coder with a role model retrained per PLOVER fold.
     *
     * @param goldSentences the PLOVER gold sentences and {@code goldDocs} their annotations (empty to skip that part)
     */
    static void run(PrintWriter out, Path shared, int folds, CoreNlpAnnotator annotator, CodingOptions coding,
                    Path gold, List<GoldSentence> goldSentences, List<Doc> goldDocs) {
        EventCoder rules = EventCoder.withBundledData(coding.actors(), PlaceResolver.of(coding.gazetteer()), null);
        TrainConfig config = TrainConfig.bundled().withFolds(folds);
        Path data = shared.resolve(config.data());
        if (!Files.isRegularFile(data)) {
            out.println("(roles section skipped: " + data + " not found; pass --shared DIR)");
            return;
        }
        RoleCorpus corpus = RoleCorpus.load(data, annotator, CoreNlpAnnotator.version(), Path.of("target/faultline-cache"));
        out.println("== roles: " + folds + "-fold cross-validation on " + corpus.sentences().size() + " sentences of " + data
                + " (span match: token overlap; exact beside it)");
        out.print(RoleFoldReport.format(new CrossValidation(config, new RoleFeatures(coding.actors()))
                .run(corpus.sentences(), new RuleSpans(rules))));
        if (goldSentences.isEmpty()) return;
        out.println();
        out.println("== roles on the PLOVER gold " + gold);
        out.flush();
        PloverRoleFolds plover = new PloverRoleFolds(annotator, corpus.sentences(), config, coding.actors(),
                PlaceResolver.of(coding.gazetteer()), coding.quadCheck());
        out.print(PloverRoleFolds.format(plover.run(goldSentences, goldDocs, PloverMarkup.read(gold), coding.roleModel(), folds,
                QuadTrainingConfig.defaults().seed())));
        out.println();
        out.println("== learned event types on the PLOVER gold " + gold + " (the only PLOVER type figure held out from everything fitted)");
        out.print(TypeFolds.format(new TypeFolds(TYPE_EPOCHS, QuadTrainingConfig.defaults().seed()).run(goldSentences, goldDocs, folds)));
    }
}
