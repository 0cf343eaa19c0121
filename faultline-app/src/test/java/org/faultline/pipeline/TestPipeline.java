package org.faultline.pipeline;

import org.faultline.actors.DictionaryActorResolver;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.geo.Gazetteer;

/** One real pipeline per test JVM: CoreNLP takes tens of seconds to load. Test code only. */
public final class TestPipeline {
    private static Pipeline shared;

    private TestPipeline() {}

    public static synchronized Pipeline shared() {
        if (shared == null) {
            Gazetteer gazetteer = Gazetteer.bundled();
            EventCoder coder = EventCoder.withBundledData(
                    new DictionaryActorResolver(org.faultline.actors.ActorDictionary.bundled(), gazetteer),
                    PlaceResolver.of(gazetteer));
            shared = new Pipeline(new CoreNlpAnnotator(), coder::code);
        }
        return shared;
    }
}
