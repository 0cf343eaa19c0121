package org.faultline.cli;

import java.util.function.Supplier;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
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
    private final CodingOptions coding;
    private Pipeline pipeline;

    PipelineFactory(AnnotatorOptions options, CodingOptions coding) {
        this.options = options;
        this.coding = coding;
    }

    @Override
    public synchronized Pipeline get() {
        if (pipeline == null) {
            LOG.info("loading CoreNLP ({})", options);
            // The coder is built first: a broken user dictionary should fail before the long model load.
            EventCoder coder = coding.coder();
            pipeline = new Pipeline(new CoreNlpAnnotator(options), coder::code, coding.claimExtractor());
        }
        return pipeline;
    }
}
