package org.faultline.pipeline;

import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.claims.ClaimExtractor;
import org.faultline.claims.ContradictionFinder;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.geo.Gazetteer;
import org.faultline.incidents.IncidentLinker;

/** One real pipeline per test JVM: CoreNLP takes tens of seconds to load. Test code only. */
public final class TestPipeline {
    private static Pipeline shared;

    private TestPipeline() {}

    public static synchronized Pipeline shared() {
        if (shared == null) {
            Gazetteer gazetteer = Gazetteer.bundled();
            DictionaryActorResolver actors = new DictionaryActorResolver(ActorDictionary.bundled(), gazetteer);
            EventCoder coder = EventCoder.withBundledData(actors, PlaceResolver.of(gazetteer));
            shared = new Pipeline(new CoreNlpAnnotator(), coder::code, new ClaimExtractor(actors));
        }
        return shared;
    }

    public static CorpusLinker linker() {
        return new CorpusLinker(IncidentLinker.withBundledData(ActorDictionary.bundled()), new ContradictionFinder(),
                org.faultline.commitments.CommitmentTracker.withBundledData());
    }
}
