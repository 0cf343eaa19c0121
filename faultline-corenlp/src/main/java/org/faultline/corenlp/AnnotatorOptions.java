package org.faultline.corenlp;

/**
 * Switches for the optional, costly parts of the CoreNLP pipeline.
 *
 * @param coref          run coreference resolution (about 4x slower, +1 GB heap); quote speakers
 *                       then benefit from it too
 * @param fineGrainedNer let NER refine LOCATION into COUNTRY, CITY, STATE_OR_PROVINCE and add
 *                       NATIONALITY, TITLE, ... (slower)
 */
public record AnnotatorOptions(boolean coref, boolean fineGrainedNer) {

    /** No coreference, coarse NER: the fast default. */
    public static AnnotatorOptions defaults() {
        return new AnnotatorOptions(false, false);
    }

    public AnnotatorOptions withCoref(boolean on) {
        return new AnnotatorOptions(on, fineGrainedNer);
    }

    public AnnotatorOptions withFineGrainedNer(boolean on) {
        return new AnnotatorOptions(coref, on);
    }
}
