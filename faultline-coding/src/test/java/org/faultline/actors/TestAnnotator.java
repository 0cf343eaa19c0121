package org.faultline.actors;

import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.corenlp.CoreNlpAnnotator;

/** One CoreNLP pipeline per test JVM (loading takes 20-40 s); acceptable as a static in tests only. */
final class TestAnnotator {
    private TestAnnotator() {}

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(AnnotatorOptions.defaults());
    }

    static CoreNlpAnnotator get() { return Holder.INSTANCE; }
}
