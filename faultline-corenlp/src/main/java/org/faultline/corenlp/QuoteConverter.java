package org.faultline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.faultline.nlp.Quote;
import org.faultline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts CoreNLP's top-level quotations into our {@link Quote}s. The speaker comes from
 * {@link SpeakerRules} (dependency-parse patterns of news attribution) when they find one, else
 * from CoreNLP's quote attribution; the canonical speaker is the fullest name the article gives.
 */
final class QuoteConverter {

    private QuoteConverter() {
    }

    static List<Quote> convert(Annotation doc, String text, List<Sentence> sentences) {
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) return List.of();
        List<Quote> out = new ArrayList<>(quotes.size());
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer sBegin = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
            Integer sEnd = q.get(CoreAnnotations.SentenceEndAnnotation.class);
            if (sBegin == null || sEnd == null) continue;
            String speaker = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
            String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (canonical == null) canonical = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            out.add(new Quote(text.substring(begin, end), begin, end, sBegin, sEnd, speaker, canonical));
        }
        return out;
    }
}
