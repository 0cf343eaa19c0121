package org.faultline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.faultline.nlp.Quote;
import org.faultline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts CoreNLP's top-level quotations into our {@link Quote}s. The speaker comes from
 * {@link SpeakerRules} (dependency-parse patterns of news attribution) when they find one, else
 * from CoreNLP's quote attribution; the canonical speaker is the fullest name the article gives.
 */
final class QuoteConverter {

    /**
     * Below this length a quote is usually a scare quote ("the so-called 'blockade'"), for which
     * CoreNLP's fallback sieves pick whatever noun is near; only our verb rules may attribute those.
     */
    private static final int MIN_WORDS_FOR_CORENLP_SPEAKER = 5;

    private final SpeakerRules rules = new SpeakerRules();

    private static boolean isPersonalPronoun(String mention) {
        String m = mention.toLowerCase(java.util.Locale.ROOT);
        return m.equals("he") || m.equals("she");
    }

    private static int wordCount(String s) {
        return s.strip().split("\\s+").length;
    }

    private final QuoteAttributionFallback fallback;

    QuoteConverter(QuoteAttributionFallback fallback) {
        this.fallback = fallback;
    }

    List<Quote> convert(Annotation doc, String text, List<Sentence> sentences) {
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null || quotes.isEmpty()) return List.of();
        List<Optional<SpeakerMention>> ruled = new ArrayList<>(quotes.size());
        boolean needFallback = false;
        for (CoreMap q : quotes) {
            Integer sBegin = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
            Integer sEnd = q.get(CoreAnnotations.SentenceEndAnnotation.class);
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Optional<SpeakerMention> m = sBegin == null || sEnd == null ? Optional.empty()
                    : rules.find(sentences, begin, end, sBegin, sEnd);
            ruled.add(m);
            needFallback |= m.isEmpty() && wordCount(text.substring(begin, end)) >= MIN_WORDS_FOR_CORENLP_SPEAKER;
        }
        if (needFallback) fallback.attribute(doc);

        List<Quote> out = new ArrayList<>(quotes.size());
        String lastSpeaker = null;
        int lastSpeakerSentence = -1;
        for (int i = 0; i < quotes.size(); i++) {
            CoreMap q = quotes.get(i);
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer sBegin = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
            Integer sEnd = q.get(CoreAnnotations.SentenceEndAnnotation.class);
            if (sBegin == null || sEnd == null) continue;
            String speaker = null;
            String canonical = null;
            if (ruled.get(i).isPresent()) {
                SpeakerMention m = ruled.get(i).get();
                speaker = m.text();
                SpeakerMention named = CorefSpeaker.representative(doc, m).orElse(m);
                if (named == m && isPersonalPronoun(speaker) && lastSpeaker != null && sBegin - lastSpeakerSentence <= 2) {
                    // '"...," he added' continues the previous quote's speaker, whoever was named in between
                    canonical = lastSpeaker;
                } else {
                    canonical = CanonicalSpeaker.resolve(sentences, named, begin, end);
                    if (canonical == null && named != m) canonical = CanonicalSpeaker.resolve(sentences, m, begin, end);
                }
            } else if (wordCount(text.substring(begin, end)) >= MIN_WORDS_FOR_CORENLP_SPEAKER) {
                speaker = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
                canonical = speaker == null ? null : canonicalOf(q, sentences, speaker);
            }
            if (canonical != null) {
                lastSpeaker = canonical;
                lastSpeakerSentence = sEnd;
            }
            out.add(new Quote(text.substring(begin, end), begin, end, sBegin, sEnd, speaker, canonical));
        }
        return out;
    }

    /** Re-derives the canonical name of CoreNLP's speaker mention; its own guess is unreliable without coref. */
    private static String canonicalOf(CoreMap q, List<Sentence> sentences, String mention) {
        Integer mentionBegin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer mentionEnd = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        if (mentionBegin == null || mentionEnd == null) return null;
        int offset = 0; // doc-level token index to (sentence, token)
        for (Sentence s : sentences) {
            int n = s.tokens().size();
            if (mentionBegin < offset + n) {
                int start = mentionBegin - offset;
                int end = Math.min(n, mentionEnd - offset + 1);
                int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int qEnd = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                return CanonicalSpeaker.resolve(sentences,
                        new SpeakerMention(s.index(), start, end, end - 1, mention), begin, qEnd);
            }
            offset += n;
        }
        return null;
    }
}
