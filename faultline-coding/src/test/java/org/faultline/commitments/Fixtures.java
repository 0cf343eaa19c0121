package org.faultline.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.events.DocCache;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.events.TestAnnotator;
import org.faultline.geo.Gazetteer;
import org.faultline.incidents.ArticleInfo;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;

/**
 * Test helper: short articles written for these tests, annotated by the real CoreNLP annotator
 * (cached in target/) and coded by the real event coder.
 */
final class Fixtures {
    private static final class Holder {
        static final EventCoder CODER = EventCoder.withBundledData(
                new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled()), PlaceResolver.of(Gazetteer.bundled()));
    }

    /** An article of the fixture set. */
    record Article(String id, LocalDate published, String outlet, String text) {}

    /** Annotated and coded articles. */
    record Coded(List<Event> events, Map<String, ArticleInfo> infos, List<ReportSentence> sentences, List<Doc> docs) {}

    private Fixtures() {}

    static Coded code(String cacheName, List<Article> articles) {
        List<Doc> docs = DocCache.load("fixtures-" + cacheName + "-" + Integer.toHexString(articles.hashCode()), () -> {
            List<Doc> out = new ArrayList<>();
            for (Article a : articles) out.add(TestAnnotator.get().annotate(a.id(), a.text(), a.published()));
            return out;
        });
        List<Event> events = new ArrayList<>();
        Map<String, ArticleInfo> infos = new HashMap<>();
        List<ReportSentence> sentences = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            Article a = articles.get(i);
            events.addAll(Holder.CODER.code(d));
            infos.put(a.id(), new ArticleInfo(a.id(), a.published(), a.outlet()));
            for (Sentence s : d.sentences()) sentences.add(new ReportSentence(d.id(), s.index(), s.text()));
        }
        return new Coded(events, infos, sentences, docs);
    }

    static void print(List<Event> events) {
        for (Event e : events)
            System.out.printf("  %s %s %s %s->%s %s %s [%s]%n", e.id(), e.type(), e.cameo(),
                    e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(),
                    e.date(), e.factuality(), e.trigger());
    }
}
