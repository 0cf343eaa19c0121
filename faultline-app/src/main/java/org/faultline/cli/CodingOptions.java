package org.faultline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.claims.ClaimExtractor;
import org.faultline.claims.ContradictionFinder;
import org.faultline.commitments.CommitmentTracker;
import org.faultline.events.EventCoder;
import org.faultline.incidents.IncidentLinker;
import org.faultline.learn.quad.QuadCheck;
import org.faultline.learn.roles.RoleModel;
import org.faultline.pipeline.CorpusLinker;
import org.faultline.events.PlaceResolver;
import org.faultline.geo.Gazetteer;
import picocli.CommandLine.Option;

/**
 * Options that extend the bundled dictionaries: {@code --actors FILE} and {@code --places FILE},
 * plus every {@code *.tsv} under {@code $FAULTLINE_HOME/actors} and {@code $FAULTLINE_HOME/places}
 * (default {@code ~/.faultline}), where {@code faultline gazetteer import} writes.
 */
final class CodingOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file(s) (TSV, same format as the bundled ones).")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--places", paramLabel = "FILE", description = "Extra gazetteer file(s) (places TSV, e.g. from 'gazetteer import').")
    List<Path> placeFiles = new ArrayList<>();

    @Option(names = "--rules-only", description = "Code with the rules alone: no learned role step, no learned quad check.")
    boolean rulesOnly;

    static Path home() {
        String env = System.getenv("FAULTLINE_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".faultline");
    }

    private Gazetteer gazetteer;
    private ActorDictionary dictionary;
    private QuadCheck quadCheck;
    private RoleModel roleModel;

    /** The shipped role model, loaded once per command and passed to every coder it builds. */
    synchronized RoleModel roleModel() {
        if (roleModel == null) roleModel = RoleModel.bundled();
        return roleModel;
    }

    synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            List<Path> files = new ArrayList<>(tsvFiles(home().resolve("places")));
            files.addAll(placeFiles);
            gazetteer = files.isEmpty() ? Gazetteer.bundled() : Gazetteer.load(files);
        }
        return gazetteer;
    }

    synchronized ActorDictionary dictionary() {
        if (dictionary == null) {
            List<Path> files = new ArrayList<>(tsvFiles(home().resolve("actors")));
            files.addAll(actorFiles);
            dictionary = files.isEmpty() ? ActorDictionary.bundled() : ActorDictionary.load(files);
        }
        return dictionary;
    }

    private DictionaryActorResolver actors;

    /** One resolver per command, shared by the coder and the claim extractor: building its lexicon costs most of a second. */
    synchronized DictionaryActorResolver actors() {
        if (actors == null) actors = new DictionaryActorResolver(dictionary(), gazetteer());
        return actors;
    }

    /** The coder every command uses: the rules, checked by the shipped quad model unless {@code --rules-only}. */
    EventCoder coder() {
        EventCoder coder = EventCoder.withBundledData(actors(), PlaceResolver.of(gazetteer()), rulesOnly ? null : roleModel());
        return rulesOnly ? coder : coder.checkedBy(quadCheck());
    }

    synchronized QuadCheck quadCheck() {
        if (quadCheck == null) quadCheck = QuadCheck.bundled();
        return quadCheck;
    }

    ClaimExtractor claimExtractor() {
        return new ClaimExtractor(actors());
    }

    CorpusLinker corpusLinker() {
        return new CorpusLinker(IncidentLinker.withBundledData(dictionary()), new ContradictionFinder(),
                CommitmentTracker.withBundledData());
    }

    private static List<Path> tsvFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
