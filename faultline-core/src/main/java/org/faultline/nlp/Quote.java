package org.faultline.nlp;

/**
 * A quotation in the article with its attributed speaker, if one was found.
 *
 * @param text          the quoted words, quotation marks included
 * @param beginChar     offset in the clean text (inclusive)
 * @param endChar       offset in the clean text (exclusive)
 * @param sentenceBegin index of the first sentence the quote spans
 * @param sentenceEnd   index of the last sentence the quote spans (inclusive)
 * @param speaker       speaker mention as written ("he", "Iran's Foreign Minister"), or null
 * @param canonicalSpeaker the speaker's fullest name in the article, or null
 */
public record Quote(String text, int beginChar, int endChar, int sentenceBegin, int sentenceEnd,
                    String speaker, String canonicalSpeaker) {
    public Quote {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("quote text must not be empty");
        if (endChar < beginChar) throw new IllegalArgumentException("quote span " + beginChar + ".." + endChar + " is reversed");
    }
}
