package org.faultline.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.claims.ClaimExtractor;
import org.faultline.corenlp.AnnotatorOptions;
import org.faultline.corenlp.CoreNlpAnnotator;
import org.faultline.events.EventCoder;
import org.faultline.learn.quad.QuadCheck;
import org.faultline.events.PlaceResolver;
import org.faultline.geo.Gazetteer;
import org.faultline.incidents.IncidentLinker;
import org.faultline.pipeline.Pipeline;

/**
 * What an executor needs to build the pipeline: the small, serialisable recipe shipped with each
 * task instead of the pipeline itself (which holds ~1 GB of models). Builds exactly what the CLI's
 * {@code PipelineFactory} and {@code CodingOptions} build: CoreNLP with the default options (coref
 * optional), the event coder with the bundled data, the claim extractor, on the bundled actor
 * dictionary and gazetteer plus the given user files (paths every executor can read).
 *
 * @param coref      also run coreference resolution
 * @param actorFiles extra actor dictionary files (TSV), may be empty
 * @param placeFiles extra gazetteer files (TSV), may be empty
 */
public record PipelineSpec(boolean coref, List<String> actorFiles, List<String> placeFiles) implements Serializable {
    public PipelineSpec {
        actorFiles = List.copyOf(actorFiles == null ? List.of() : actorFiles);
        placeFiles = List.copyOf(placeFiles == null ? List.of() : placeFiles);
    }

    /** The CLI's defaults: no coref, bundled dictionaries only. */
    public static PipelineSpec defaults() {
        return new PipelineSpec(false, List.of(), List.of());
    }

    ActorDictionary dictionary() {
        return actorFiles.isEmpty() ? ActorDictionary.bundled() : ActorDictionary.load(actorFiles.stream().map(Path::of).toList());
    }

    Gazetteer gazetteer() {
        return placeFiles.isEmpty() ? Gazetteer.bundled() : Gazetteer.load(placeFiles.stream().map(Path::of).toList());
    }

    /** A new pipeline; loading CoreNLP takes tens of seconds, so callers keep it ({@link ExecutorPipelines}). */
    public Pipeline build() {
        ActorDictionary dictionary = dictionary();
        Gazetteer gazetteer = gazetteer();
        // The coder first, as in the CLI: a broken user dictionary fails before the long model load.
        DictionaryActorResolver actors = new DictionaryActorResolver(dictionary, gazetteer); // one lexicon for coder and claims
        EventCoder coder = EventCoder.withBundledData(actors, PlaceResolver.of(gazetteer),
                        org.faultline.learn.roles.RoleModel.bundled())
                .checkedBy(QuadCheck.bundled()); // the same shipped models as the CLI and server

        ClaimExtractor claims = new ClaimExtractor(actors);
        return new Pipeline(new CoreNlpAnnotator(AnnotatorOptions.defaults().withCoref(coref)), coder::code, claims);
    }

    /** The incident linker the CLI's corpus linker uses, on this spec's dictionary. */
    public IncidentLinker incidentLinker() {
        return IncidentLinker.withBundledData(dictionary());
    }
}
