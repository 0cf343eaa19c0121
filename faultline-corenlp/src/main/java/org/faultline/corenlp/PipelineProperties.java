package org.faultline.corenlp;

import java.util.Properties;

/**
 * The CoreNLP configuration Faultline runs with, built from {@link AnnotatorOptions}.
 * Kept in one place so the choices (and why) are visible together.
 */
final class PipelineProperties {

    private PipelineProperties() {
    }

    static Properties of(AnnotatorOptions options) {
        Properties p = new Properties();
        String annotators = "tokenize,ssplit,pos,lemma,ner,depparse"
                + (options.coref() ? ",coref" : ",emptycoref")
                + ",quote";
        p.setProperty("annotators", annotators);
        p.setProperty("customAnnotatorClass.emptycoref", EmptyCorefAnnotator.class.getName());
        // quote does not declare what emptycoref provides, so requirement checks would refuse it
        p.setProperty("enforceRequirements", "false");
        // Clean text has one paragraph per line; a line without final punctuation (a headline,
        // a dateline) is a unit of its own and must not be glued to the next sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
        p.setProperty("ner.useSUTime", "true");
        // SUTime runs inside the numeric classifiers: they must stay on for dates
        p.setProperty("ner.applyNumericClassifiers", "true");
        // Speed: very long "sentences" (lists, tables that slipped through cleaning) blow up the tagger
        p.setProperty("pos.maxLen", "120");
        p.setProperty("quote.attribution.useCoref", Boolean.toString(options.coref()));
        p.setProperty("quote.asciiQuotes", "false");
        if (options.coref()) {
            p.setProperty("coref.algorithm", "statistical");
            p.setProperty("coref.md.type", "dep");
        }
        return p;
    }
}
