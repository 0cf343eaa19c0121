package org.faultline.corenlp;

/**
 * Switches for the optional, costly parts of the CoreNLP pipeline, and the per-document budget.
 *
 * @param coref          run coreference resolution (about 4x slower, +1 GB heap); quote speakers
 *                       then benefit from it too
 * @param fineGrainedNer let NER refine LOCATION into COUNTRY, CITY, STATE_OR_PROVINCE and add
 *                       NATIONALITY, TITLE, ... (slower)
 * @param budget         how much work one document may cost (see {@link AnnotationBudget})
 */
public record AnnotatorOptions(boolean coref, boolean fineGrainedNer, AnnotationBudget budget) {

    public AnnotatorOptions {
        if (budget == null) budget = AnnotationBudget.defaults();
    }

    public AnnotatorOptions(boolean coref, boolean fineGrainedNer) {
        this(coref, fineGrainedNer, AnnotationBudget.defaults());
    }

    /** No coreference, coarse NER, default budget: the fast default. */
    public static AnnotatorOptions defaults() {
        return new AnnotatorOptions(false, false);
    }

    public AnnotatorOptions withCoref(boolean on) {
        return new AnnotatorOptions(on, fineGrainedNer, budget);
    }

    public AnnotatorOptions withFineGrainedNer(boolean on) {
        return new AnnotatorOptions(coref, on, budget);
    }

    public AnnotatorOptions withBudget(AnnotationBudget b) {
        return new AnnotatorOptions(coref, fineGrainedNer, b);
    }
}
