package org.faultline.learn.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trained role model: one weight per feature and label of a multinomial logistic regression
 * (trained by Tribuo, see {@link RoleTrainer}) plus the decision thresholds, kept as a sorted text
 * file so a retrain with the same data and seed gives the same bytes and a review can read it.
 * Immutable and thread-safe; load it once and pass it to whoever tags.
 */
public final class RoleModel {
    /** Where the shipped model lives on the classpath. */
    public static final String RESOURCE = "/org/faultline/learn/roles/role-model.tsv";
    private static final RoleLabel[] LABELS = RoleLabel.values();

    private final Map<String, double[]> weights;
    private final double[] bias;
    private final double sourceThreshold, targetThreshold;

    /** @param weights feature name to one weight per {@link RoleLabel}, in enum order */
    public RoleModel(Map<String, double[]> weights, double[] bias, double sourceThreshold, double targetThreshold) {
        if (bias == null || bias.length != LABELS.length) throw new IllegalArgumentException("bias needs one value per label " + List.of(LABELS));
        this.weights = new TreeMap<>();
        weights.forEach((k, v) -> {
            if (v.length != LABELS.length) throw new IllegalArgumentException("feature " + k + " needs " + LABELS.length + " weights");
            this.weights.put(k, v.clone());
        });
        this.bias = bias.clone();
        this.sourceThreshold = sourceThreshold;
        this.targetThreshold = targetThreshold;
    }

    /** Probability of each label (indexed by {@link RoleLabel#ordinal()}) for a candidate's features; unknown features add nothing. */
    public double[] probabilities(List<String> features) {
        double[] z = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) for (int k = 0; k < z.length; k++) z[k] += w[k];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (int k = 0; k < z.length; k++) { z[k] = Math.exp(z[k] - max); sum += z[k]; }
        for (int k = 0; k < z.length; k++) z[k] /= sum;
        return z;
    }

    /** Lowest probability of SOURCE at which the best candidate is reported as the source. */
    public double sourceThreshold() { return sourceThreshold; }
    /** Lowest probability of TARGET at which the best other candidate is reported as the target. */
    public double targetThreshold() { return targetThreshold; }
    public int featureCount() { return weights.size(); }

    /** Writes the model as text: header, thresholds, bias, then one sorted line per feature. */
    public void write(Writer out) throws IOException {
        out.write("# Faultline role model (org.faultline.learn.roles): multinomial logistic regression weights.\n");
        out.write("# Rebuilt by 'faultline train roles'; provenance in role-model.provenance.json beside this file.\n");
        out.write("labels");
        for (RoleLabel l : LABELS) out.write("\t" + l);
        out.write("\nthreshold\t" + num(sourceThreshold) + "\t" + num(targetThreshold) + "\t" + num(0) + "\n");
        out.write("bias" + row(bias) + "\n");
        for (Map.Entry<String, double[]> e : weights.entrySet()) out.write(e.getKey() + row(e.getValue()) + "\n");
    }

    private static String row(double[] w) {
        StringBuilder sb = new StringBuilder();
        for (double v : w) sb.append('\t').append(num(v));
        return sb.toString();
    }

    /** Six significant digits: enough for scoring, and stable across runs. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.startsWith("-0.00000") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
    }

    /** The model shipped in the jar. */
    public static RoleModel bundled() {
        InputStream in = RoleModel.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("role model " + RESOURCE + " missing from the classpath: run 'faultline train roles'");
        return read(in, RESOURCE);
    }

    /** Reads a model written by {@link #write}; errors name the source and line. */
    public static RoleModel read(InputStream in, String name) {
        Map<String, double[]> weights = new HashMap<>();
        double[] bias = null, thresholds = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != LABELS.length + 1)
                    throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + (LABELS.length + 1) + " tab-separated columns, got " + cols.length);
                if (cols[0].equals("labels")) {
                    for (int k = 0; k < LABELS.length; k++)
                        if (!cols[k + 1].equals(LABELS[k].name()))
                            throw new IllegalArgumentException(name + ":" + lineNo + ": labels must be " + List.of(LABELS) + " in that order");
                    continue;
                }
                double[] v = new double[LABELS.length];
                for (int k = 0; k < v.length; k++) {
                    try {
                        v[k] = Double.parseDouble(cols[k + 1]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + ":" + lineNo + ": '" + cols[k + 1] + "' is not a number");
                    }
                }
                switch (cols[0]) {
                    case "threshold" -> thresholds = v;
                    case "bias" -> bias = v;
                    default -> weights.put(cols[0], v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role model " + name + ": " + e.getMessage(), e);
        }
        if (bias == null || thresholds == null) throw new IllegalArgumentException(name + ": needs a 'bias' and a 'threshold' line");
        return new RoleModel(weights, bias, thresholds[0], thresholds[1]);
    }
}
