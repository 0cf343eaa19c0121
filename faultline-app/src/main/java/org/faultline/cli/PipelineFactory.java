package org.faultline.cli;

import java.util.List;
import java.util.function.Supplier;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the pipeline on first use and then hands out the same one: loading CoreNLP's models
 * takes tens of seconds, so commands that find nothing new to process never pay for it.
 */
final class PipelineFactory implements Supplier<Pipeline> {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineFactory.class);
    private final AnnotatorOptions options;
    private Pipeline pipeline;

    PipelineFactory(AnnotatorOptions options) {
        this.options = options;
    }

    @Override
    public synchronized Pipeline get() {
        if (pipeline == null) {
            LOG.info("loading CoreNLP ({})", options);
            pipeline = new Pipeline(new CoreNlpAnnotator(options), doc -> List.of());
        }
        return pipeline;
    }
}
