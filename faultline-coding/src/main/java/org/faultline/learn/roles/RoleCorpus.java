package org.faultline.learn.roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.faultline.nlp.Annotator;
import org.faultline.nlp.Doc;

/**
 * A span-marked training file read, annotated (through an {@link AnnotationCache}) and aligned.
 *
 * @param file      the role file
 * @param sha256    hex digest of its bytes, for the provenance record
 * @param gold      the sentences as the file gives them
 * @param sentences the same sentences on our parse, in the same order
 */
public record RoleCorpus(Path file, String sha256, List<TaggedSentence> gold, List<AlignedSentence> sentences) {
    public RoleCorpus {
        gold = List.copyOf(gold);
        sentences = List.copyOf(sentences);
    }

    /**
     * @param annotatorVersion names the annotator in the cache key, so a new CoreNLP re-annotates
     * @param cacheDir         where annotations are cached between runs
     */
    public static RoleCorpus load(Path file, Annotator annotator, String annotatorVersion, Path cacheDir) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("role file " + file + " not found");
        String sha = sha256(file);
        List<TaggedSentence> gold = TaggedFileReader.read(file);
        List<Doc> docs = new AnnotationCache(cacheDir).annotate(gold, annotator, sha.substring(0, 16) + "-" + annotatorVersion);
        List<AlignedSentence> aligned = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) aligned.add(Aligner.align("s" + i, gold.get(i), docs.get(i)));
        return new RoleCorpus(file, sha, gold, aligned);
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
