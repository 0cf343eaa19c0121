package org.faultline.learn.roles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of {@code faultline train roles}: cross-validates on the corpus, trains the final model
 * on all of it, and writes {@code role-model.tsv} with {@code role-model.provenance.json} beside it
 * (data path and sha256, date, seed, hyper-parameters, held-out and training-fold figures).
 */
public final class RoleTraining {
    public static final String MODEL_FILE = "role-model.tsv";
    public static final String PROVENANCE_FILE = "role-model.provenance.json";

    /** What a training run produced. */
    public record Result(RoleModel model, List<CrossValidation.Fold> folds, Path modelFile, Path provenanceFile) {}

    private RoleTraining() {}

    /** @param annotator names the annotator and its version, for the provenance record */
    public static Result run(RoleCorpus corpus, TrainConfig config, RoleFeatures features, String annotator, Path outDir) {
        List<CrossValidation.Fold> folds = new CrossValidation(config, features).run(corpus.sentences(), null);
        RoleModel model = new RoleTrainer(config, features).train(corpus.sentences());
        try {
            Files.createDirectories(outDir);
            StringWriter text = new StringWriter();
            model.write(text);
            Path modelFile = outDir.resolve(MODEL_FILE);
            Files.writeString(modelFile, text.toString(), StandardCharsets.UTF_8);
            Map<String, Object> prov = new LinkedHashMap<>();
            prov.put("model", MODEL_FILE);
            prov.put("modelSha256", RoleCorpus.sha256(modelFile));
            prov.put("date", LocalDate.now().toString());
            Map<String, Object> data = new LinkedHashMap<>(); // ordered: Map.of would change the file's bytes from run to run
            data.put("path", config.data());
            data.put("sha256", corpus.sha256());
            data.put("sentences", corpus.gold().size());
            data.put("source", "eventdata/ConfliBERT data/cameo_ner/train.txt (commit 0b63001)");
            prov.put("data", List.of(data));
            prov.put("annotator", annotator);
            prov.put("trainer", "Tribuo 4.3.2 LinearSGDTrainer (LogMulticlass, AdaGrad), single-threaded");
            prov.put("hyperParameters", config.asMap());
            prov.put("features", model.featureCount());
            prov.put("crossValidation", figures(folds));
            Path provFile = outDir.resolve(PROVENANCE_FILE);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(provFile.toFile(), prov);
            return new Result(model, folds, modelFile, provFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the role model to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** Per-fold and mean F1 figures, held-out and training, for the provenance record. */
    static Map<String, Object> figures(List<CrossValidation.Fold> folds) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> per = new ArrayList<>();
        for (CrossValidation.Fold f : folds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fold", f.index());
            m.put("heldOutSentences", f.heldOutSentences());
            m.put("heldOut", scores(f.heldOut()));
            m.put("training", scores(f.training()));
            per.add(m);
        }
        out.put("folds", folds.size());
        out.put("match", "token overlap (exact in *Exact)");
        out.put("meanHeldOut", mean(folds, true));
        out.put("meanTraining", mean(folds, false));
        out.put("perFold", per);
        return out;
    }

    private static Map<String, Object> scores(RoleScores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceF1", round(s.sourceOverlap().f1()));
        m.put("sourceExactF1", round(s.sourceExact().f1()));
        m.put("targetF1", round(s.targetOverlap().f1()));
        m.put("targetExactF1", round(s.targetExact().f1()));
        return m;
    }

    /** Mean over folds of each F1. */
    public static Map<String, Object> mean(List<CrossValidation.Fold> folds, boolean heldOut) {
        double[] sum = new double[4];
        for (CrossValidation.Fold f : folds) {
            RoleScores s = heldOut ? f.heldOut() : f.training();
            sum[0] += s.sourceOverlap().f1();
            sum[1] += s.sourceExact().f1();
            sum[2] += s.targetOverlap().f1();
            sum[3] += s.targetExact().f1();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceF1", round(sum[0] / folds.size()));
        m.put("sourceExactF1", round(sum[1] / folds.size()));
        m.put("targetF1", round(sum[2] / folds.size()));
        m.put("targetExactF1", round(sum[3] / folds.size()));
        return m;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
