package org.faultline.learn.roles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotates training sentences once and keeps the result in a directory (e.g. {@code target/}) so
 * repeated training and evaluation runs skip the minute CoreNLP needs. A cache, not a product
 * dependency: the key is the data file's sha256 plus the annotator's version, and a missing or
 * unreadable cache file is simply rebuilt.
 */
public final class AnnotationCache {
    private static final Logger log = LoggerFactory.getLogger(AnnotationCache.class);
    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param dir where cache files go; created when needed */
    public AnnotationCache(Path dir) {
        if (dir == null) throw new IllegalArgumentException("cache dir must not be null");
        this.dir = dir;
    }

    /**
     * The annotation of every sentence's {@link TaggedSentence#text()}, in order.
     *
     * @param key names the data and the annotator (e.g. data sha256 + CoreNLP version)
     */
    public List<Doc> annotate(List<TaggedSentence> sentences, Annotator annotator, String key) {
        Path file = dir.resolve("annotations-" + key.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
        if (Files.isRegularFile(file)) {
            try {
                List<Doc> docs = json.readValue(file.toFile(), new TypeReference<List<Doc>>() {});
                if (docs.size() == sentences.size()) return docs;
            } catch (IOException | RuntimeException e) {
                log.warn("annotation cache {} unreadable ({}); annotating again", file, e.getMessage());
            }
        }
        log.info("annotating {} sentences (cached in {})", sentences.size(), file);
        List<Doc> docs = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) docs.add(annotator.annotate("s" + i, sentences.get(i).text(), null));
        try {
            Files.createDirectories(dir);
            json.writeValue(file.toFile(), docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache " + file + ": " + e.getMessage(), e);
        }
        return docs;
    }
}
