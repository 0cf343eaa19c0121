package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.claims.ContradictionFinder;
import org.faultline.claims.eval.ClaimEvaluator;
import org.faultline.events.eval.EvalReport;
import org.faultline.events.eval.GoldEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline eval}: measures the event coder against a PLOVER gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the coder on a PLOVER gold-standard file and prints precision, recall and F1",
                "for event type, type+source+target country, source and target, and a confusion table."})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CodingOptions coding;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/gold/plover_gsr_cameo.json",
            description = "Gold file in the PLOVER GSR JSON format (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0", description = "Also list N sentences the coder got wrong.")
    int misses;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "../shared/corpus/seeds",
            description = "Articles the claim gold refers to (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--claims-gold", paramLabel = "FILE",
            defaultValue = "faultline-coding/src/test/resources/org/faultline/claims/seed-claims-gold.tsv",
            description = "Claim gold (keys per seed sentence; default: ${DEFAULT-VALUE}).")
    Path claimsGold;

    @Option(names = "--contradictions-gold", paramLabel = "FILE",
            defaultValue = "faultline-coding/src/test/resources/org/faultline/claims/seed-contradictions-gold.tsv",
            description = "Contradiction gold (default: ${DEFAULT-VALUE}).")
    Path contradictionsGold;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "K-fold cross-validation instead: the quad model on --quad-data, rules and rules+quad-model on --gold, the role model on ConfliBERT spans under --shared, then on --gold the coder with a role model retrained per fold and a learned type classifier.")
    int folds;

    @Option(names = "--quad-data", paramLabel = "FILE", defaultValue = "../shared/gold/conflibert/cameo_class_train.tsv",
            description = "Quad class file for --folds (default: ${DEFAULT-VALUE}).")
    Path quadData;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared", description = "Shared data directory (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Override
    public Integer call() {
        if (folds > 0) {
            // cross-validation of both learned parts: the quad model (class file, PLOVER gold), then the role model
            PrintWriter out = spec.commandLine().getOut();
            FoldEvalSections sections = new FoldEvalSections(coding, folds);
            int rc = sections.print(out, quadData, gold);
            out.println();
            RoleFoldEval.run(out, shared, folds, sections.annotator(), coding, gold, sections.goldSentences(), sections.goldDocs());
            out.flush();
            return rc;
        }
        if (!Files.isRegularFile(gold))
            throw new IllegalArgumentException("gold file " + gold + " not found: pass --gold FILE (a PLOVER gold-standard JSON file)");
        PrintWriter out = spec.commandLine().getOut();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        EvalReport report = new GoldEvaluator(annotator, coding.coder()).evaluate(gold);
        out.println("== events: gold file " + gold);
        out.print(report.format());
        report.misses().stream().limit(misses).forEach(m -> out.println("miss: " + m));
        if (Files.isDirectory(seeds) && Files.isRegularFile(claimsGold) && Files.isRegularFile(contradictionsGold)) {
            out.println();
            out.println("== claims and contradictions: gold " + claimsGold + ", " + contradictionsGold + " over " + seeds);
            out.print(new ClaimEvaluator(annotator, coding.coder(), coding.claimExtractor(), new ContradictionFinder())
                    .evaluate(seeds, claimsGold, contradictionsGold).format());
        } else {
            out.println("(claims section skipped: needs --seeds DIR, --claims-gold FILE and --contradictions-gold FILE)");
        }
        out.flush();
        return 0;
    }
}
