package org.faultline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts over-long sentences into pieces the tagger and parser can take, and builds the
 * annotations that carry a run of sentences through CoreNLP. The cost of tagging and parsing
 * grows faster than the length of a sentence, and a page of text without punctuation is one
 * "sentence" to the splitter: such a sentence is cut after the last safe break in the second half
 * of each window ({@code ; : ,} or a dash), else before a conjunction, else at the limit.
 * Deterministic: the same tokens give the same pieces.
 */
final class SentenceSegments {

    private static final Set<String> BREAK_AFTER = Set.of(";", ":", ",", "--", "-", "\u2013", "\u2014", ")", "-RRB-");
    private static final Set<String> BREAK_BEFORE = Set.of("and", "but", "or", "while", "whereas", "although", "because");

    private SentenceSegments() {
    }

    /** The sentences with every one longer than {@code max} tokens cut, renumbered from 0. */
    static List<CoreMap> limit(List<CoreMap> sentences, String text, int max) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                out.add(s);
                continue;
            }
            int start = 0;
            while (start < tokens.size()) {
                int end = tokens.size() - start <= max ? tokens.size() : cut(tokens, start, max);
                out.add(piece(tokens.subList(start, end), text));
                start = end;
            }
        }
        renumber(out);
        return out;
    }

    /** Index (exclusive end) of the piece starting at {@code start}: at most {@code max} tokens. */
    private static int cut(List<CoreLabel> tokens, int start, int max) {
        int limit = start + max;
        int half = start + max / 2;
        for (int i = limit - 1; i >= half; i--)
            if (BREAK_AFTER.contains(tokens.get(i).word())) return i + 1;
        for (int i = limit - 1; i > half; i--)
            if (BREAK_BEFORE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) return i;
        return limit;
    }

    private static CoreMap piece(List<CoreLabel> tokens, String text) {
        CoreMap s = new ArrayCoreMap();
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        return s;
    }

    /** Sentence indices, token indices (1-based within their sentence, as CoreNLP expects). */
    private static void renumber(List<CoreMap> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setIndex(t + 1);
                tokens.get(t).setSentIndex(i);
            }
        }
    }

    /**
     * An annotation of the whole text holding only the given run of sentences, with token
     * offsets relative to it: what each CoreNLP stage is run on.
     */
    static Annotation annotation(String text, List<CoreMap> sentences, String docDate) {
        Annotation a = new Annotation(text);
        if (docDate != null) a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        List<CoreLabel> tokens = new ArrayList<>();
        // entity mentions are found per chunk; quote attribution reads them from the document,
        // with token offsets into the document's token list
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> own = s.get(CoreAnnotations.TokensAnnotation.class);
            int offset = tokens.size();
            s.set(CoreAnnotations.TokenBeginAnnotation.class, offset);
            tokens.addAll(own);
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
            List<CoreMap> found = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (found == null) continue;
            for (CoreMap m : found) {
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (mt == null || mt.isEmpty()) continue;
                m.set(CoreAnnotations.TokenBeginAnnotation.class, offset + mt.get(0).index() - 1);
                m.set(CoreAnnotations.TokenEndAnnotation.class, offset + mt.get(mt.size() - 1).index());
                mentions.add(m);
            }
        }
        a.set(CoreAnnotations.MentionsAnnotation.class, mentions);
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        a.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        return a;
    }

    static int tokenCount(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
