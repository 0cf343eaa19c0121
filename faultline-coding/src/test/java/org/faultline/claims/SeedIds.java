package org.faultline.claims;

import java.nio.file.Path;

final class SeedIds {
    private SeedIds() {}

    /** "001_7c14f9789e006407.txt" gives "001". */
    static String of(Path p) {
        String n = p.getFileName().toString();
        int u = n.indexOf('_');
        return u > 0 ? n.substring(0, u) : n.replace(".txt", "");
    }
}
