package org.faultline.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The annotation of one text: what every later stage reads instead of the NLP library's types.
 *
 * @param id          the article's (or input line's) id
 * @param reportDate  the date times were normalised against, or null when unknown
 * @param sentences   sentences in order; {@code sentences.get(i).index() == i}
 * @param quotes      quotations found across sentences
 * @param problems    why the annotation covers less than the whole text (a budget ran out), or empty
 */
public record Doc(String id, LocalDate reportDate, List<Sentence> sentences, List<Quote> quotes, List<String> problems) {
    public Doc {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("doc id must not be blank");
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems == null ? List.of() : problems);
        for (int i = 0; i < sentences.size(); i++)
            if (sentences.get(i).index() != i)
                throw new IllegalArgumentException("doc " + id + ": sentence at position " + i + " has index " + sentences.get(i).index());
    }

    /** A complete annotation: no problems. */
    public Doc(String id, LocalDate reportDate, List<Sentence> sentences, List<Quote> quotes) {
        this(id, reportDate, sentences, quotes, List.of());
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.tokens().size();
        return n;
    }
}
