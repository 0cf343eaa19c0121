package org.faultline.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.SectorTerm;
import org.faultline.actors.Words;

/**
 * The converter's rule against actors named by ordinary words: a ONE-word name or alias is
 * dropped when it is an ordinary English word, which here means it is on
 * {@code ordinary-words.txt} (beside this class), a word of PETRARCH2's own agents file or verb
 * dictionary ({@code CAMEO.2.0.txt}, when present: thousands of English verbs and nouns the field
 * itself uses as vocabulary, not names), or a word of our {@code sectors.tsv}. Multi-word names
 * are kept: they are names as a whole.
 */
final class OrdinaryWords {
    private final Set<String> words = new HashSet<>();

    OrdinaryWords(ActorDictionary own, Path petrarchDir) {
        try (InputStream in = OrdinaryWords.class.getResourceAsStream("ordinary-words.txt")) {
            if (in == null) throw new IllegalStateException("ordinary-words.txt is missing from the classpath");
            addLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String f : new String[] {"Phoenix.agents.txt", "CAMEO.2.0.txt"}) {
            Path p = petrarchDir.resolve(f);
            if (!Files.isRegularFile(p)) continue;
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                addLines(r, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }
        for (SectorTerm t : own.sectors()) for (String w : Words.tokenize(t.phrase())) words.add(Words.norm(w));
    }

    /** Words of the hand list only, for testing the rule without PETRARCH2's files. */
    static OrdinaryWords handList() { return new OrdinaryWords(ActorDictionary.bundledOwn(), Path.of("/nonexistent")); }

    private void addLines(BufferedReader r, boolean petrarch) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            String t = hash < 0 ? line : line.substring(0, hash);
            if (petrarch) {
                // drop codes and pattern markup; keep the words
                t = t.replaceAll("\\[[^\\]]*\\]|\\{[^}]*\\}|![A-Z]+!", " ");
                for (String w : t.split("[^A-Za-z']+")) if (w.length() > 1) words.add(w.toLowerCase(Locale.ROOT));
            } else if (!t.isBlank()) {
                words.add(t.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** True when {@code name} is a single word that is an ordinary word. */
    boolean ordinary(String name) {
        var tokens = Words.tokenize(name);
        return tokens.size() == 1 && words.contains(Words.norm(tokens.get(0)));
    }

    int size() { return words.size(); }
}
