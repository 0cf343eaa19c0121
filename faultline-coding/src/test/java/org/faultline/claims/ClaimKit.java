package org.faultline.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.events.DocCache;
import org.faultline.events.EventCoder;
import org.faultline.events.PlaceResolver;
import org.faultline.events.Shared;
import org.faultline.events.TestAnnotator;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Doc;

/** Test helper: one resolver and coder per test JVM (static holders are for tests only), seed docs cached. */
final class ClaimKit {
    private ClaimKit() {}

    private static final class Holder {
        static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());
        static final EventCoder CODER = EventCoder.withBundledData(RESOLVER, PlaceResolver.of(Gazetteer.bundled()));
    }

    static DictionaryActorResolver resolver() { return Holder.RESOLVER; }

    static EventCoder coder() { return Holder.CODER; }

    static Doc annotate(String id, String text, LocalDate date) {
        return TestAnnotator.get().annotate(id, text, date);
    }

    /** The seed files, in name order. */
    static List<Path> seedFiles() {
        try (Stream<Path> s = Files.list(Shared.dir().resolve("corpus/seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed docs (raw text annotated, id = the file name's prefix), cached in target/. */
    static List<Doc> seedDocs() {
        return DocCache.load("claims-seeds", () -> {
            List<Doc> out = new ArrayList<>();
            for (Path p : seedFiles()) out.add(annotate(SeedIds.of(p), read(p), null));
            return out;
        });
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
