package org.faultline.pipeline;

import java.util.List;
import org.faultline.corenlp.CoreNlpAnnotator;

/** One real pipeline per test JVM: CoreNLP takes tens of seconds to load. Test code only. */
public final class TestPipeline {
    private static Pipeline shared;

    private TestPipeline() {}

    public static synchronized Pipeline shared() {
        if (shared == null) shared = new Pipeline(new CoreNlpAnnotator(), doc -> List.of());
        return shared;
    }
}
