package org.faultline.nlp;

/**
 * One token of a sentence, as the annotator saw it.
 *
 * @param index     0-based position within its sentence
 * @param word      the token as written
 * @param lemma     dictionary form (lower case for common words)
 * @param pos       Penn Treebank part-of-speech tag
 * @param ner       coarse entity tag (PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, DATE, ...) or "O"
 * @param beginChar character offset in the article's clean text (inclusive)
 * @param endChar   character offset in the article's clean text (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int beginChar, int endChar) {
    public Token {
        if (index < 0) throw new IllegalArgumentException("token index must be >= 0, was " + index);
        word = requireText(word, "word");
        lemma = lemma == null ? word : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null || ner.isEmpty() ? "O" : ner;
    }

    private static String requireText(String value, String field) {
        if (value == null) throw new IllegalArgumentException("token " + field + " must not be null");
        return value;
    }

    /** True for nouns of any kind (NN, NNS, NNP, NNPS). */
    public boolean isNoun() { return pos.startsWith("NN"); }

    /** True for verbs of any form (VB, VBD, VBG, VBN, VBP, VBZ). */
    public boolean isVerb() { return pos.startsWith("VB"); }
}
