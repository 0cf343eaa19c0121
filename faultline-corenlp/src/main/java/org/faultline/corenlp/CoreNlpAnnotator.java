package org.faultline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotates text with Stanford CoreNLP 4.5.10 (tokenize, ssplit, pos, lemma, ner with SUTime,
 * enhanced++ UD depparse, quote; coref on request) and converts the result into our
 * {@link Doc} records, so no CoreNLP type leaves this module.
 * <p>
 * Needs the CoreNLP models jar on the classpath and about 2 GB of heap (3 GB with coref).
 * The pipeline is loaded once, in the constructor (20-40 s); build one instance per process and
 * share it. {@link #annotate} is safe to call from several threads at once.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpAnnotator.class);

    private final AnnotatorOptions options;
    private final StanfordCoreNLP pipeline;
    private final SentenceConverter sentences = new SentenceConverter();
    private final QuoteConverter quotes;

    /** Loads the default pipeline: no coref, coarse NER. */
    public CoreNlpAnnotator() {
        this(AnnotatorOptions.defaults());
    }

    public CoreNlpAnnotator(AnnotatorOptions options) {
        if (options == null) throw new IllegalArgumentException("annotator options must not be null");
        this.options = options;
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(PipelineProperties.of(options));
        this.quotes = new QuoteConverter(new QuoteAttributionFallback(options.coref()));
        log.info("CoreNLP {} pipeline loaded in {} ms ({})", version(),
                (System.nanoTime() - start) / 1_000_000, options);
    }

    public AnnotatorOptions options() {
        return options;
    }

    /** The CoreNLP version this module is built against. */
    public static String version() {
        return "4.5.10";
    }

    @Override
    public Doc annotate(String id, String text, LocalDate reportDate) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("doc id must not be blank, was '" + id + "'");
        if (text == null) throw new IllegalArgumentException("text of doc " + id + " must not be null");
        // CoreNLP's quote annotator fails on a text without tokens
        if (text.isBlank()) return new Doc(id, reportDate, List.of(), List.of());
        Annotation doc = new Annotation(text);
        if (reportDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, reportDate.toString());
        pipeline.annotate(doc);

        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(coreSentences.size());
        for (CoreMap s : coreSentences) out.add(sentences.convert(out.size(), s, text, reportDate));
        out = SurnameTagger.apply(out);
        return new Doc(id, reportDate, out, quotes.convert(doc, text, out));
    }
}
