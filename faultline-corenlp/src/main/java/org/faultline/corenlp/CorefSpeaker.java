package org.faultline.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.pipeline.Annotation;

import java.util.Map;
import java.util.Optional;

/**
 * With coreference on, replaces a speaker mention (typically "he", "the minister") by the
 * representative mention of its coref chain, so its canonical name comes from the entity CoreNLP
 * linked it to rather than from recency. Does nothing when the doc has no coref chains.
 */
final class CorefSpeaker {

    private CorefSpeaker() {
    }

    static Optional<SpeakerMention> representative(Annotation doc, SpeakerMention m) {
        Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null || chains.isEmpty()) return Optional.empty();
        for (CorefChain chain : chains.values()) {
            for (CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                if (cm.sentNum - 1 != m.sentence() || cm.headIndex - 1 != m.head()) continue;
                CorefChain.CorefMention rep = chain.getRepresentativeMention();
                if (rep == cm) return Optional.empty();
                return Optional.of(new SpeakerMention(rep.sentNum - 1, rep.startIndex - 1, rep.endIndex - 1,
                        rep.headIndex - 1, rep.mentionSpan));
            }
        }
        return Optional.empty();
    }
}
