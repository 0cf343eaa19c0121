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
 * <p>
 * Work per document is bounded by the options' {@link AnnotationBudget}: over-long sentences are
 * cut before tagging and parsing, sentences are annotated in chunks, and annotation stops at a
 * token budget (or, as a last guard, a time budget); the doc then lists the problem and covers
 * the sentences annotated so far.
 */
public final class CoreNlpAnnotator implements Annotator {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpAnnotator.class);

    private final AnnotatorOptions options;
    private final StanfordCoreNLP splitting;
    private final StanfordCoreNLP sentenceLevel;
    private final StanfordCoreNLP documentLevel;
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
        this.splitting = new StanfordCoreNLP(PipelineProperties.splitting());
        this.sentenceLevel = new StanfordCoreNLP(PipelineProperties.sentenceLevel(options));
        this.documentLevel = new StanfordCoreNLP(PipelineProperties.documentLevel(options));
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
        long start = cpuNanos();
        String docDate = reportDate == null ? null : reportDate.toString();
        AnnotationBudget budget = options.budget();
        // Only the start of a huge text can be annotated within the budget: tokenizing the rest
        // would cost seconds for nothing. A prefix keeps every character offset as it is.
        int read = readableLength(text, budget.maxDocumentTokens() * (long) CHARS_PER_TOKEN_BOUND);
        Annotation split = new Annotation(read == text.length() ? text : text.substring(0, read));
        splitting.annotate(split);
        List<CoreMap> all = SentenceSegments.limit(split.get(CoreAnnotations.SentencesAnnotation.class), text,
                budget.maxSentenceTokens());

        int affordable = 0;
        long tokens = 0;
        while (affordable < all.size() && tokens + SentenceSegments.tokenCount(all.get(affordable)) <= budget.maxDocumentTokens())
            tokens += SentenceSegments.tokenCount(all.get(affordable++));
        List<CoreMap> annotated = new ArrayList<>(affordable);
        String problem = null;
        while (annotated.size() < affordable) {
            List<CoreMap> chunk = nextChunk(all, annotated.size(), affordable, budget.chunkTokens());
            sentenceLevel.annotate(SentenceSegments.annotation(text, chunk, docDate));
            annotated.addAll(chunk);
            long spent = cpuNanos() - start;
            if (annotated.size() < affordable && spent >= budget.timeBudget().toNanos()) {
                problem = "annotation stopped after " + spent / 1_000_000_000L + " s of CPU time at sentence " + annotated.size()
                        + " of " + all.size() + " (time budget " + budget.timeBudget().toSeconds()
                        + " s); the rest of the text is kept but not coded";
                break;
            }
        }
        if (problem == null && read < text.length())
            problem = "annotation stopped at sentence " + affordable + ": the text is over the budget of "
                    + budget.maxDocumentTokens() + " tokens (only its first " + read + " of " + text.length()
                    + " characters were read); the rest of the text is kept but not coded";
        else if (problem == null && affordable < all.size())
            problem = "annotation stopped at sentence " + affordable + " of " + all.size() + ": the text has "
                    + total(all) + " tokens, over the budget of " + budget.maxDocumentTokens()
                    + "; the rest of the text is kept but not coded";
        if (problem != null) log.warn("doc {}: {}", id, problem);

        List<String> problems = problem == null ? List.of() : List.of(problem);
        // CoreNLP's quote annotator fails on a text without tokens (e.g. only control characters)
        if (annotated.isEmpty()) return new Doc(id, reportDate, List.of(), List.of(), problems);
        Annotation doc = SentenceSegments.annotation(text, annotated, docDate);
        documentLevel.annotate(doc);
        List<Sentence> out = new ArrayList<>(annotated.size());
        for (CoreMap s : annotated) out.add(sentences.convert(out.size(), s, text, reportDate));
        out = SurnameTagger.apply(out);
        return new Doc(id, reportDate, out, quotes.convert(doc, text, out), problems);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * The annotating thread's CPU time: the time budget counts the work this document costs, not
     * the time other processes on a loaded machine take, so the same text gives the same result
     * however busy the machine is (wall time where the JVM cannot measure thread CPU time).
     */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Characters per token above which a text surely holds more tokens than the budget: news
     * tokens average about 6 characters with their space; 16 leaves room for long words and URLs.
     */
    static final int CHARS_PER_TOKEN_BOUND = 16;

    /** {@code text}'s length, or the end of the last whitespace before {@code max} when longer. */
    static int readableLength(String text, long max) {
        if (text.length() <= max) return text.length();
        int cut = (int) max;
        for (int i = cut; i > max / 2; i--)
            if (Character.isWhitespace(text.charAt(i - 1))) return i;
        return cut;
    }

    /** The sentences from {@code from} on (before {@code to}) that fit in {@code chunkTokens}; at least one. */
    private static List<CoreMap> nextChunk(List<CoreMap> all, int from, int to, int chunkTokens) {
        int end = from;
        int n = 0;
        while (end < to && (end == from || n + SentenceSegments.tokenCount(all.get(end)) <= chunkTokens))
            n += SentenceSegments.tokenCount(all.get(end++));
        return all.subList(from, end);
    }

    private static long total(List<CoreMap> sentences) {
        long n = 0;
        for (CoreMap s : sentences) n += SentenceSegments.tokenCount(s);
        return n;
    }
}
