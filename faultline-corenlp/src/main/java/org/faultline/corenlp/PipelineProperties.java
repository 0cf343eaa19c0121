package org.faultline.corenlp;

import java.util.Properties;

/**
 * The CoreNLP configuration Faultline runs with, built from {@link AnnotatorOptions}.
 * Kept in one place so the choices (and why) are visible together.
 * <p>
 * The work is split over three pipelines so the annotator can bound it per document (see
 * {@link AnnotationBudget}): {@link #splitting} finds tokens and sentences over the whole text
 * (linear and cheap), {@link #sentenceLevel} tags, recognises entities and parses chunks of
 * sentences (the costly part, whose cost grows with sentence length), and {@link #documentLevel}
 * finds quotations (and coreference on request) over the sentences that were annotated.
 */
final class PipelineProperties {

    private PipelineProperties() {
    }

    static Properties splitting() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // Clean text has one paragraph per line; a line without final punctuation (a headline,
        // a dateline) is a unit of its own and must not be glued to the next sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Odd characters (emoji, control codes) become tokens without a warning per occurrence
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        return p;
    }

    static Properties sentenceLevel(AnnotatorOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner,depparse");
        // tokens and sentences come from the splitting pipeline
        p.setProperty("enforceRequirements", "false");
        // Two CRF models instead of three: the MUC 7-class model only adds DATE, TIME, MONEY and
        // PERCENT, which SUTime and the numeric classifiers tag anyway; dropping it saves ~17% CPU.
        // The CoNLL model stays for MISC (nationality adjectives such as "Azerbaijani").
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
        p.setProperty("ner.useSUTime", "true");
        // SUTime runs inside the numeric classifiers: they must stay on for dates
        p.setProperty("ner.applyNumericClassifiers", "true");
        // Long sentences are split before they get here (AnnotationBudget); this is a second guard
        p.setProperty("pos.maxLen", Integer.toString(options.budget().maxSentenceTokens()));
        return p;
    }

    static Properties documentLevel(AnnotatorOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", (options.coref() ? "coref," : "") + "quote");
        // quote declares coref as a requirement although it only finds quotes here: see below
        p.setProperty("enforceRequirements", "false");
        // The quote annotator only finds quotations; attribution runs on demand in
        // QuoteAttributionFallback, since CoreNLP's attributor is not thread-safe.
        p.setProperty("quote.attributeQuotes", "false");
        p.setProperty("quote.asciiQuotes", "false");
        if (options.coref()) {
            p.setProperty("coref.algorithm", "statistical");
            p.setProperty("coref.md.type", "dep");
        }
        return p;
    }
}
