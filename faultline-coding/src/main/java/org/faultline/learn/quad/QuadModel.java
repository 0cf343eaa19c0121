package org.faultline.learn.quad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trained quad classifier: a multinomial logistic regression (weights per feature and class,
 * plus a bias), as {@link QuadTrainer} exports it from Tribuo. Immutable; safe to share across threads.
 * <p>
 * File format ({@code quad-model.tsv}): {@code #} comment lines, then one row per feature,
 * {@code name TAB w0 TAB w1 TAB w2 TAB w3 TAB w4}, sorted by name, the bias as the row {@value #BIAS}.
 * Weights are written with a fixed number of decimals so that a rebuild from the same data is
 * byte-for-byte the same file.
 */
public final class QuadModel {
    public static final int CLASSES = 5;
    public static final String BIAS = "BIAS";
    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/org/faultline/learn/quad/quad-model.tsv";
    private final Map<String, double[]> weights;
    private final double[] bias;

    public QuadModel(Map<String, double[]> weights, double[] bias) {
        if (weights == null || bias == null || bias.length != CLASSES) throw new IllegalArgumentException("quad model needs weights and " + CLASSES + " biases");
        Map<String, double[]> copy = new TreeMap<>();
        weights.forEach((k, v) -> {
            if (v.length != CLASSES) throw new IllegalArgumentException("feature " + k + " needs " + CLASSES + " weights, has " + v.length);
            copy.put(k, v.clone());
        });
        this.weights = copy;
        this.bias = bias.clone();
    }

    /** The model shipped in the jar. */
    public static QuadModel bundled() {
        try (InputStream in = QuadModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("bundled quad model " + RESOURCE + " missing from the class path: run 'faultline train quad'");
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled quad model: " + e.getMessage(), e);
        }
    }

    public static QuadModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quad model " + file + ": " + e.getMessage(), e);
        }
    }

    static QuadModel read(InputStream in, String name) throws IOException {
        Map<String, double[]> w = new TreeMap<>();
        double[] b = null;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != CLASSES + 1) throw new IllegalArgumentException(name + ":" + no + ": expected a feature name and " + CLASSES + " weights, found " + f.length + " fields");
            double[] v = new double[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                try {
                    v[c] = Double.parseDouble(f[c + 1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ":" + no + ": weight " + c + " of '" + f[0] + "' is not a number: '" + f[c + 1] + "'");
                }
            }
            if (f[0].equals(BIAS)) b = v;
            else w.put(f[0], v);
        }
        if (b == null) throw new IllegalArgumentException(name + ": no " + BIAS + " row");
        return new QuadModel(w, b);
    }

    /** Class probabilities (softmax of the linear scores) for a feature map; unknown features are ignored. */
    public QuadPrediction predict(Map<String, Double> features) {
        double[] score = bias.clone();
        features.forEach((name, value) -> {
            double[] w = weights.get(name);
            if (w != null) for (int c = 0; c < CLASSES; c++) score[c] += w[c] * value;
        });
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (double s : score) max = Math.max(max, s);
        for (int c = 0; c < CLASSES; c++) sum += score[c] = Math.exp(score[c] - max);
        for (int c = 0; c < CLASSES; c++) score[c] /= sum;
        return new QuadPrediction(score);
    }

    public int featureCount() { return weights.size(); }

    /** Writes the model file; {@code header} lines become comments. */
    public void write(Path file, String header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header.split("\n")) sb.append("# ").append(h).append('\n');
        row(sb, BIAS, bias);
        weights.forEach((k, v) -> row(sb, k, v));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quad model " + file + ": " + e.getMessage(), e);
        }
    }

    private static void row(StringBuilder sb, String name, double[] v) {
        sb.append(name);
        for (double x : v) sb.append('\t').append(String.format(Locale.ROOT, "%.4f", x));
        sb.append('\n');
    }

    /** The same model with its weights rounded as {@link #write} writes them (what a reload gives). */
    QuadModel rounded() {
        Map<String, double[]> w = new TreeMap<>();
        weights.forEach((k, v) -> w.put(k, round(v)));
        return new QuadModel(w, round(bias));
    }

    private static double[] round(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Double.parseDouble(String.format(Locale.ROOT, "%.4f", v[i]));
        return out;
    }
}
