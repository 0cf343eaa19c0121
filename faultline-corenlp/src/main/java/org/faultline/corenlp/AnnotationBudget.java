package org.faultline.corenlp;

import java.time.Duration;

/**
 * How much work one document may cost the annotator, so no input can stall a run.
 * The token limits are deterministic (same text, same cut); the time limit is a last guard
 * against text unexpectedly costly to annotate, counted in CPU time, checked between chunks.
 *
 * @param maxSentenceTokens a sentence longer than this is split at safe points (after
 *                          {@code ; : ,} or a dash, else before a conjunction, else hard)
 *                          before tagging and parsing, whose cost grows with sentence length
 * @param chunkTokens       sentences are annotated in chunks of about this many tokens; the
 *                          time budget is checked after each chunk
 * @param maxDocumentTokens annotation stops at the sentence that would pass this many tokens;
 *                          the text is kept, the rest is not annotated, and the doc says so
 * @param timeBudget        annotation stops after the chunk that passes this much CPU time of the
 *                          annotating thread (not wall time: a loaded machine must not change results)
 */
public record AnnotationBudget(int maxSentenceTokens, int chunkTokens, int maxDocumentTokens, Duration timeBudget) {

    public AnnotationBudget {
        if (maxSentenceTokens < 10) throw new IllegalArgumentException("maxSentenceTokens must be >= 10, was " + maxSentenceTokens);
        if (chunkTokens < maxSentenceTokens) throw new IllegalArgumentException("chunkTokens (" + chunkTokens + ") must be >= maxSentenceTokens (" + maxSentenceTokens + ")");
        if (maxDocumentTokens < chunkTokens) throw new IllegalArgumentException("maxDocumentTokens (" + maxDocumentTokens + ") must be >= chunkTokens (" + chunkTokens + ")");
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero())
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
    }

    /**
     * 150 tokens per sentence (news sentences rarely pass 60), chunks of 1,000 tokens, 10,000
     * tokens per document (a long feature is 5,000; ~5 s at 2,000 tokens/s) and 30 s of CPU
     * time as the last guard (text six times costlier per token than news).
     */
    public static AnnotationBudget defaults() {
        return new AnnotationBudget(150, 1_000, 10_000, Duration.ofSeconds(30));
    }

    public AnnotationBudget withMaxSentenceTokens(int n) {
        return new AnnotationBudget(n, Math.max(chunkTokens, n), Math.max(maxDocumentTokens, Math.max(chunkTokens, n)), timeBudget);
    }

    public AnnotationBudget withMaxDocumentTokens(int n) {
        return new AnnotationBudget(maxSentenceTokens, Math.min(chunkTokens, n), n, timeBudget);
    }

    public AnnotationBudget withTimeBudget(Duration d) {
        return new AnnotationBudget(maxSentenceTokens, chunkTokens, maxDocumentTokens, d);
    }
}
