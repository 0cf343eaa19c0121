package org.faultline.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;

import java.util.HashMap;
import java.util.Properties;

/**
 * CoreNLP's quote attribution, run only for quotes our {@link SpeakerRules} leave without a
 * speaker. It is kept out of the main pipeline because {@link QuoteAttributionAnnotator} keeps
 * per-document state in fields (not thread-safe, so calls are serialised here) and costs about a
 * tenth of the pipeline's time on every document. Without coref it is given an empty coref map,
 * which it reads even when told not to use coref (inside a pipeline that would take a custom
 * annotator registered through customAnnotatorClass; calling it directly makes that unneeded).
 */
final class QuoteAttributionFallback {

    private final QuoteAttributionAnnotator attribution;
    private final boolean coref;

    QuoteAttributionFallback(boolean coref) {
        Properties p = new Properties();
        p.setProperty("useCoref", Boolean.toString(coref));
        this.attribution = new QuoteAttributionAnnotator(p);
        this.coref = coref;
    }

    /** Sets CoreNLP's mention/speaker annotations on the doc's quotes. */
    synchronized void attribute(Annotation doc) {
        if (!coref || doc.get(CorefCoreAnnotations.CorefChainAnnotation.class) == null)
            doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        attribution.annotate(doc);
    }
}
