package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.events.eval.GoldFile;
import org.faultline.events.eval.GoldSentence;
import org.faultline.learn.quad.CodedSentence;
import org.faultline.learn.quad.QuadCheck;
import org.faultline.learn.quad.QuadCheckPolicy;
import org.faultline.learn.quad.QuadModel;
import org.faultline.nlp.Doc;
import org.faultline.learn.quad.PloverFoldEvaluation;
import org.faultline.learn.quad.QuadClassFile;
import org.faultline.learn.quad.QuadCorpus;
import org.faultline.learn.quad.QuadCrossValidation;
import org.faultline.learn.quad.QuadTrainer;
import org.faultline.learn.quad.QuadTrainingConfig;

/**
 * The {@code faultline eval --folds K} sections: K-fold figures per data set, held-out beside
 * training. Needs the command's coding options (the checked coder) and K.
 */
final class FoldEvalSections {
    private final CodingOptions coding;
    private final int k;
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    private List<GoldSentence> goldSentences = List.of();
    private List<Doc> goldDocs = List.of();

    FoldEvalSections(CodingOptions coding, int k) {
        if (k < 2) throw new IllegalArgumentException("--folds must be at least 2, was " + k);
        this.coding = coding;
        this.k = k;
    }

    /** The annotator the sections use (loaded once, shared with the roles section). */
    CoreNlpAnnotator annotator() { return annotator; }

    /** The PLOVER gold sentences read by {@link #print} and their annotations (empty before, or without the file). */
    List<GoldSentence> goldSentences() { return goldSentences; }
    List<Doc> goldDocs() { return goldDocs; }

    int print(PrintWriter out, Path quadData, Path gold) {
        EventCoder coder = coding.coder();
        if (Files.isRegularFile(quadData)) {
            out.println("== quad class file " + quadData);
            out.flush();
            List<CodedSentence> coded = new QuadCorpus(annotator, coder).code(QuadClassFile.read(quadData));
            out.print(new QuadCrossValidation(new QuadTrainer(QuadTrainingConfig.defaults())).run(coded, k).format(quadData.getFileName().toString()));
        } else {
            out.println("(quad class section skipped: " + quadData + " not found; pass --quad-data FILE)");
        }
        out.println();
        if (Files.isRegularFile(gold)) {
            out.println("== events: gold file " + gold);
            out.flush();
            PloverFoldEvaluation eval = new PloverFoldEvaluation(annotator, coder);
            List<GoldSentence> sentences = GoldFile.read(gold);
            List<Doc> docs = eval.annotate(sentences);
            goldSentences = sentences;
            goldDocs = docs;
            long seed = QuadTrainingConfig.defaults().seed();
            out.print(eval.run(sentences, docs, k, seed, coder).format(gold.getFileName().toString()));
            out.println("  rules+quad-model at other neutral thresholds (all folds; the shipped policy drops at "
                    + coding.quadCheck().policy().dropNeutralAt() + "):");
            for (double t : new double[] {0.9, 0.8, 0.7, 0.6, 0.5}) {
                QuadCheck check = new QuadCheck(QuadModel.bundled(), new QuadCheckPolicy(t, QuadCheckPolicy.defaults().disagreementFactor()));
                PloverFoldEvaluation.Result r = eval.run(sentences, docs, k, seed, coder.checkedBy(check));
                PloverFoldEvaluation.Figures all = r.pooled(r.checked());
                out.printf(java.util.Locale.ROOT, "    t %.2f: type P/R/F1 %.3f / %.3f / %.3f, dyad F1 %.3f, quad acc %.3f%n", t,
                        all.type().precision(), all.type().recall(), all.type().f1(), all.dyad().f1(), all.quadAccuracy());
            }
        } else {
            out.println("(gold section skipped: " + gold + " not found; pass --gold FILE)");
        }
        out.flush();
        return 0;
    }
}
