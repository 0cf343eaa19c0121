package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.learn.roles.RoleCorpus;
import org.faultline.learn.roles.RoleFeatures;
import org.faultline.learn.roles.RoleFoldReport;
import org.faultline.learn.roles.RoleTraining;
import org.faultline.learn.roles.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline train roles}: trains the learned role model (who is the source, who the target) on
 * ConfliBERT's span-marked sentences as {@code role-train.yaml} says, cross-validates it, and writes
 * {@code role-model.tsv} and {@code role-model.provenance.json} into the coding module's resources.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "Trains the role model (source/target spans) and writes it with its provenance record.")
final class TrainRolesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CodingOptions coding;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "Shared data directory holding the training file (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "faultline-coding/src/main/resources/org/faultline/learn/roles",
            description = "Where the model and provenance files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/faultline-cache",
            description = "Annotation cache for repeated runs (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Override
    public Integer call() {
        TrainConfig config = TrainConfig.bundled();
        Path data = shared.resolve(config.data());
        RoleCorpus corpus = RoleCorpus.load(data, new CoreNlpAnnotator(), CoreNlpAnnotator.version(), cache);
        RoleTraining.Result r = RoleTraining.run(corpus, config, new RoleFeatures(coding.actors()),
                "Stanford CoreNLP " + CoreNlpAnnotator.version(), out);
        PrintWriter pw = spec.commandLine().getOut();
        pw.println("== roles: " + corpus.sentences().size() + " sentences from " + data + " (sha256 " + corpus.sha256() + ")");
        pw.print(RoleFoldReport.format(r.folds()));
        pw.println("model: " + r.modelFile() + " (" + r.model().featureCount() + " features)");
        pw.println("provenance: " + r.provenanceFile());
        pw.flush();
        return 0;
    }
}
