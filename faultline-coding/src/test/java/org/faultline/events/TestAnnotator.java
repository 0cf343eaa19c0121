package org.faultline.events;

import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.corenlp.CoreNlpAnnotator;

/**
 * One CoreNLP annotator per test JVM, loaded on first use (20-40 s). A static holder is
 * acceptable in tests only; product code passes its annotator in.
 */
public final class TestAnnotator {
    private TestAnnotator() {}

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(AnnotatorOptions.defaults());
    }

    public static CoreNlpAnnotator get() { return Holder.INSTANCE; }
}
