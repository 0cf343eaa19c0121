package org.faultline.learn.quad;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The provenance record written beside the model file ({@code quad-model.json}): which data
 * (file name, sha256, lines), which trainer and hyper-parameters, which features, the model
 * file's own sha256 and the cross-validation figures. Has no date, so that a rebuild from the same
 * data is byte-for-byte the same; the commit that changed it dates it.
 */
public final class QuadProvenance {
    private QuadProvenance() {}

    public static void write(Path file, Path data, String dataOrigin, int lines, QuadTrainingConfig config,
                             Path model, int features, QuadCvReport cv, QuadCheckPolicy policy) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", model.getFileName().toString());
        root.put("model_sha256", sha256(model));
        root.put("task", "sentence quad class: 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict");
        ObjectNode d = root.putObject("data");
        d.put("file", data.getFileName().toString());
        d.put("origin", dataOrigin);
        d.put("sha256", sha256(data));
        d.put("lines", lines);
        ObjectNode t = root.putObject("trainer");
        t.put("library", "org.tribuo:tribuo-classification-sgd:" + tribuoVersion());
        t.put("algorithm", "LinearSGDTrainer, LogMulticlass (multinomial logistic regression), AdaGrad");
        t.put("seed", config.seed());
        t.put("epochs", config.epochs());
        t.put("learning_rate", config.learningRate());
        t.put("minibatch", config.minibatch());
        t.put("min_feature_count", config.minCount());
        t.put("features", "QuadFeatures: lemma unigrams and bigrams, main predicate and dependents, negation, modals, NER counts, rule coder output");
        t.put("feature_count", features);
        ObjectNode c = root.putObject("cross_validation");
        c.put("folds", cv.k());
        c.put("fold_key", "sentence text (copies of a sentence share a fold)");
        QuadScore held = cv.pooledHeldOut();
        c.put("held_out_quad_accuracy", round(held.accuracy()));
        c.put("held_out_macro_f1", round(held.macroF1()));
        c.put("training_quad_accuracy", round(cv.meanTrainingAccuracy()));
        c.put("training_macro_f1", round(cv.meanTrainingMacroF1()));
        c.put("rules_alone_quad_accuracy", round(cv.rules().accuracy()));
        c.put("rules_alone_macro_f1", round(cv.rules().macroF1()));
        ObjectNode p = root.putObject("check_policy");
        p.put("drop_neutral_at", policy.dropNeutralAt());
        p.put("disagreement_factor", policy.disagreementFactor());
        QuadCvReport.Checked off = cv.rulesChecked(Double.POSITIVE_INFINITY), on = cv.rulesChecked(policy.dropNeutralAt());
        p.put("held_out_neutral_sentences_with_events_rules", off.neutralWithEvents());
        p.put("held_out_neutral_sentences_with_events_checked", on.neutralWithEvents());
        p.put("held_out_neutral_sentences", off.neutral());
        p.put("held_out_eventful_sentences_with_events_rules", off.eventfulWithEvents());
        p.put("held_out_eventful_sentences_with_events_checked", on.eventfulWithEvents());
        p.put("held_out_eventful_sentences", off.eventful());
        try {
            Files.writeString(file, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write provenance " + file + ": " + e.getMessage(), e);
        }
    }

    private static double round(double x) { return Double.parseDouble(String.format(Locale.ROOT, "%.4f", x)); }

    private static String tribuoVersion() {
        String v = org.tribuo.Tribuo.VERSION;
        return v == null ? "unknown" : v;
    }

    /** Hex sha256 of a file. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
