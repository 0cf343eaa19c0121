package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.learn.quad.CodedSentence;
import org.faultline.learn.quad.QuadCheckPolicy;
import org.faultline.learn.quad.QuadClassFile;
import org.faultline.learn.quad.QuadCorpus;
import org.faultline.learn.quad.QuadCrossValidation;
import org.faultline.learn.quad.QuadCvReport;
import org.faultline.learn.quad.QuadExample;
import org.faultline.learn.quad.QuadFeatures;
import org.faultline.learn.quad.QuadModel;
import org.faultline.learn.quad.QuadProvenance;
import org.faultline.learn.quad.QuadTrainer;
import org.faultline.learn.quad.QuadTrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline train quad}: annotates and rule-codes the quad class file, cross-validates,
 * trains the quad model on all of it with the fixed config, and writes the model file and its
 * provenance record.
 */
@Command(name = "quad", mixinStandardHelpOptions = true,
        description = {"Trains the sentence quad classifier (neutral / verbal coop / material coop / verbal conflict / material conflict)",
                "and writes quad-model.tsv with its provenance quad-model.json; prints the cross-validated figures."})
final class TrainQuadCommand implements Callable<Integer> {
    static final String DATA_ORIGIN = "ConfliBERT data/cameo_class/train.tsv, eventdata/ConfliBERT commit 0b63001";
    @Spec CommandSpec spec;
    @Mixin CodingOptions coding;

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/gold/conflibert/cameo_class_train.tsv",
            description = "Class file: sentence TAB quad 0..4 (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "faultline-coding/src/main/resources/org/faultline/learn/quad/quad-model.tsv",
            description = "Model file to write; the provenance goes beside it as .json (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Folds for the figures in the provenance record (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--epochs", paramLabel = "N", description = "Override the config's epochs (experiments only: the shipped model uses the defaults).")
    Integer epochs;

    @Option(names = "--min-count", paramLabel = "N", description = "Override the config's minimum feature count (experiments only).")
    Integer minCount;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(data))
            throw new IllegalArgumentException("class file " + data + " not found: pass --data FILE (sentence TAB quad 0..4)");
        PrintWriter pw = spec.commandLine().getOut();
        QuadTrainingConfig d = QuadTrainingConfig.defaults();
        QuadTrainingConfig config = new QuadTrainingConfig(d.seed(), epochs == null ? d.epochs() : epochs, d.learningRate(), d.minibatch(),
                minCount == null ? d.minCount() : minCount);
        List<QuadExample> examples = QuadClassFile.read(data);
        pw.println("annotating and rule-coding " + examples.size() + " lines of " + data + " ...");
        pw.flush();
        List<CodedSentence> coded = new QuadCorpus(new CoreNlpAnnotator(), coding.coder()).code(examples);
        QuadTrainer trainer = new QuadTrainer(config);
        QuadCvReport cv = new QuadCrossValidation(trainer).run(coded, folds);
        pw.print(cv.format(data.getFileName().toString()));
        QuadFeatures features = new QuadFeatures();
        QuadModel model = trainer.train(coded.stream().map(c -> c.featured(features)).toList());
        model.write(out, "Faultline quad model: multinomial logistic regression weights per feature and class 0..4.\n"
                + "Written by 'faultline train quad'; provenance and figures in the .json beside this file. Do not edit by hand.");
        Path provenance = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.tsv$", "") + ".json");
        QuadProvenance.write(provenance, data, DATA_ORIGIN, examples.size(), config, out, model.featureCount(), cv, QuadCheckPolicy.defaults());
        pw.println("wrote " + out + " (" + model.featureCount() + " features, sha256 " + QuadProvenance.sha256(out) + ") and " + provenance);
        pw.flush();
        return 0;
    }
}
