package org.faultline.events;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared for tests: system property faultline.shared, else ../shared or ../../shared from user.dir. */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        String prop = System.getProperty("faultline.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop);
        Path here = Path.of(System.getProperty("user.dir"));
        for (Path p : new Path[] {here.resolve("../shared"), here.resolve("../../shared"), here.resolve("../../../shared")})
            if (Files.isDirectory(p)) return p.normalize();
        throw new IllegalStateException("shared/ not found: set -Dfaultline.shared (user.dir " + here + ")");
    }
}
