package org.faultline.nlp;

/**
 * A date or time expression, normalised against the article's publication date.
 *
 * @param text       the expression as written ("last Monday", "September 19, 2023")
 * @param startToken first token index (inclusive) within the sentence
 * @param endToken   last token index (exclusive) within the sentence
 * @param value      ISO value: YYYY-MM-DD, YYYY-MM, YYYY, or a TIMEX value such as "PRESENT_REF"; null when unknown
 * @param precision  how much of the value is known
 */
public record TimeExpression(String text, int startToken, int endToken, String value, DatePrecision precision) {
    public TimeExpression {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("time expression text must not be blank");
        if (startToken < 0 || endToken <= startToken)
            throw new IllegalArgumentException("time expression '" + text + "' has bad token span " + startToken + ".." + endToken);
        precision = precision == null ? DatePrecision.UNKNOWN : precision;
    }
}
