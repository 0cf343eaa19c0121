package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.learn.roles.CrossValidation;
import org.faultline.learn.roles.RoleCorpus;
import org.faultline.learn.roles.RoleFeatures;
import org.faultline.learn.roles.RoleFoldReport;
import org.faultline.learn.roles.RuleSpans;
import org.faultline.learn.roles.TrainConfig;

/**
 * The roles section of {@code faultline eval --folds K}: K-fold cross-validation of the learned role
 * model on ConfliBERT's span-marked sentences, with the rule coder (rule role steps alone) scored on
 * the same held-out folds.
 */
final class RoleFoldEval {
    private RoleFoldEval() {}

    /** Scores the rule role steps alone (no learned step) on the held-out folds beside the model. */
    static void run(PrintWriter out, Path shared, int folds, CoreNlpAnnotator annotator, CodingOptions coding) {
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
    }
}
