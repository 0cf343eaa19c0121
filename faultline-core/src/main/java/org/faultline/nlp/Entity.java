package org.faultline.nlp;

/**
 * A named-entity mention within one sentence.
 *
 * @param text       the mention as written
 * @param type       coarse type: PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE,
 *                   NATIONALITY, DATE, NUMBER, ... (as CoreNLP names them)
 * @param startToken first token index (inclusive) within the sentence
 * @param endToken   last token index (exclusive) within the sentence
 * @param normalized normalised value when the annotator gives one (a date's ISO value, a number), else null
 */
public record Entity(String text, String type, int startToken, int endToken, String normalized) {
    public Entity {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("entity text must not be blank");
        if (type == null || type.isBlank()) throw new IllegalArgumentException("entity type must not be blank for '" + text + "'");
        if (startToken < 0 || endToken <= startToken)
            throw new IllegalArgumentException("entity '" + text + "' has bad token span " + startToken + ".." + endToken);
    }

    public boolean covers(int tokenIndex) { return tokenIndex >= startToken && tokenIndex < endToken; }
}
