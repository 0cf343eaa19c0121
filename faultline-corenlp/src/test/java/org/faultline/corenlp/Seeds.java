package org.faultline.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Reads the seed articles from the shared corpus (tests only; the product never needs it). */
final class Seeds {

    private Seeds() {
    }

    static Path sharedDir() {
        String prop = System.getProperty("faultline.shared");
        if (prop != null && Files.isDirectory(Paths.get(prop, "corpus"))) return Paths.get(prop);
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) return candidate;
        }
        throw new IllegalStateException("shared/ not found: set -Dfaultline.shared=PATH");
    }

    /** The text of the seed whose file name starts with the given prefix, e.g. "004". */
    static String text(String prefix) {
        try (Stream<Path> files = Files.list(sharedDir().resolve("corpus/seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no seed " + prefix));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All seed texts in file-name order. */
    static List<String> all() {
        try (Stream<Path> files = Files.list(sharedDir().resolve("corpus/seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
