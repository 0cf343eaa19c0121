package org.faultline.corenlp;

/**
 * One {@link CoreNlpAnnotator} per test JVM, created on first use: loading CoreNLP takes 20-40 s,
 * so every test class (here and in modules that depend on this one in test scope) shares it.
 * A static holder is acceptable in tests only; product code passes its annotator in.
 */
public final class SharedAnnotator {

    private SharedAnnotator() {
    }

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(AnnotatorOptions.defaults());
    }

    /** The shared default annotator (no coref, coarse NER), loaded on the first call. */
    public static CoreNlpAnnotator get() {
        return Holder.INSTANCE;
    }
}
