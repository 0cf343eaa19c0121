package org.faultline.learn.quad;

/**
 * Accuracy and macro F1 of quad predictions against gold, with the confusion counts.
 * Macro F1 averages the per-class F1 over the classes present in gold or predictions.
 */
public record QuadScore(int[][] confusion) {
    public QuadScore {
        if (confusion == null || confusion.length != QuadModel.CLASSES) throw new IllegalArgumentException("confusion must be 5x5");
        int[][] copy = new int[QuadModel.CLASSES][];
        for (int i = 0; i < copy.length; i++) copy[i] = confusion[i].clone();
        confusion = copy;
    }

    public static QuadScore of(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) throw new IllegalArgumentException("gold and predictions differ in length: " + gold.length + " vs " + predicted.length);
        int[][] m = new int[QuadModel.CLASSES][QuadModel.CLASSES];
        for (int i = 0; i < gold.length; i++) m[gold[i]][predicted[i]]++;
        return new QuadScore(m);
    }

    public int total() {
        int n = 0;
        for (int[] row : confusion) for (int x : row) n += x;
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int c = 0; c < QuadModel.CLASSES; c++) right += confusion[c][c];
        return total() == 0 ? 0 : (double) right / total();
    }

    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < QuadModel.CLASSES; c++) {
            int tp = confusion[c][c], gold = 0, pred = 0;
            for (int j = 0; j < QuadModel.CLASSES; j++) {
                gold += confusion[c][j];
                pred += confusion[j][c];
            }
            if (gold == 0 && pred == 0) continue;
            classes++;
            sum += gold + pred == 0 ? 0 : 2.0 * tp / (gold + pred);
        }
        return classes == 0 ? 0 : sum / classes;
    }

    @Override
    public int[][] confusion() {
        int[][] copy = new int[QuadModel.CLASSES][];
        for (int i = 0; i < copy.length; i++) copy[i] = confusion[i].clone();
        return copy;
    }
}
