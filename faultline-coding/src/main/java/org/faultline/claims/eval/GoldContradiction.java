package org.faultline.claims.eval;

/** One hand-made gold contradiction: the two claims by seed, sentence and speaker key, and the kind label. */
public record GoldContradiction(String seedA, int sentenceA, String speakerA, String seedB, int sentenceB,
                                String speakerB, String kind) {
    String pairKey() {
        return ClaimEvaluator.pair(seedA + "|" + sentenceA + "|" + speakerA, seedB + "|" + sentenceB + "|" + speakerB);
    }
}
