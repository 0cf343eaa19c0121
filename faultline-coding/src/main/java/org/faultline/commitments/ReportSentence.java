package org.faultline.commitments;

/**
 * A sentence of an article, for status reports that carry no coded event ("talks have stalled",
 * "the decree was not valid").
 */
public record ReportSentence(String articleId, int sentenceIndex, String text) {
    public ReportSentence {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("articleId must not be blank, was '" + articleId + "'");
        if (sentenceIndex < 0) throw new IllegalArgumentException("sentenceIndex must be >= 0, was " + sentenceIndex);
        if (text == null) text = "";
    }
}
