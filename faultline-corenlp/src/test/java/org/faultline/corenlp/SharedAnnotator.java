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
        // no wall-clock guard in tests: a loaded CI machine must not cut a seed article short
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(AnnotatorOptions.defaults()
                .withBudget(AnnotationBudget.defaults().withTimeBudget(java.time.Duration.ofHours(1))));
    }

    /** The shared default annotator (no coref, coarse NER, default token budgets), loaded on the first call. */
    public static CoreNlpAnnotator get() {
        return Holder.INSTANCE;
    }
}
