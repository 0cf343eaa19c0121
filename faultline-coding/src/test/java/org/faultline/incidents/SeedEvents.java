package org.faultline.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.events.DocCache;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.events.Shared;
import org.faultline.events.TestAnnotator;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Doc;

/**
 * Test helper: the seed articles annotated by the real CoreNLP annotator (cached in target/) and
 * coded by the real event coder, with publication dates chosen from what each text says about itself.
 */
final class SeedEvents {
    /** Seed file prefix → the publication date the test assumes. */
    static final Map<String, LocalDate> DATES = new LinkedHashMap<>();
    static {
        DATES.put("000", LocalDate.of(2023, 8, 10));
        DATES.put("001", LocalDate.of(2023, 3, 20));
        DATES.put("002", LocalDate.of(2023, 9, 21));
        DATES.put("003", LocalDate.of(2023, 8, 17));
        DATES.put("004", LocalDate.of(2023, 10, 23));
    }

    private static final class Holder {
        static final EventCoder CODER = EventCoder.withBundledData(
                new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled()), PlaceResolver.of(Gazetteer.bundled()));
    }

    private SeedEvents() {}

    static Doc doc(String prefix) {
        Path dir = Shared.dir().resolve("corpus/seeds");
        try (var files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + dir));
            String text = Files.readString(f);
            String id = f.getFileName().toString().replace(".txt", "");
            LocalDate date = DATES.get(prefix);
            return DocCache.load("incidents-seed-" + id + "-" + date,
                    () -> List.of(TestAnnotator.get().annotate(id, text, date))).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> events(String prefix) {
        return new ArrayList<>(Holder.CODER.code(doc(prefix)));
    }

    static EventCoder coder() { return Holder.CODER; }
}
