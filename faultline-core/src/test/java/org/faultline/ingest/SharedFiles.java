package org.faultline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates the read-only shared/ folder for tests (system property faultline.shared, then ../shared, ../../shared). */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path root() {
        String prop = System.getProperty("faultline.shared");
        List<Path> candidates = new java.util.ArrayList<>();
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        Path cwd = Path.of(System.getProperty("user.dir"));
        candidates.add(cwd.resolve("../shared"));
        candidates.add(cwd.resolve("../../shared"));
        candidates.add(cwd.resolve("../../../shared"));
        for (Path p : candidates) if (Files.isDirectory(p.resolve("corpus"))) return p.normalize();
        throw new IllegalStateException("shared/ folder not found; tried " + candidates);
    }

    static Path seeds() {
        return root().resolve("corpus/seeds");
    }

    static Path webPages() {
        return root().resolve("corpus/web-pages");
    }
}
