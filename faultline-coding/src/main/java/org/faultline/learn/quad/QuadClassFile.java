package org.faultline.learn.quad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a quad class file: one {@code sentence TAB quad} a line (quad 0 neutral .. 4 material
 * conflict), the format of ConfliBERT's {@code cameo_class} split. Blank lines are skipped; a bad
 * line fails with its file and line number.
 */
public final class QuadClassFile {
    private QuadClassFile() {}

    public static List<QuadExample> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) throw new IllegalArgumentException("quad class file " + file + " does not exist or is not a file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quad class file " + file + ": " + e.getMessage(), e);
        }
        List<QuadExample> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int tab = line.lastIndexOf('\t');
            String where = file + ":" + (i + 1);
            if (tab <= 0) throw new IllegalArgumentException(where + ": expected 'sentence TAB quad', found no tab");
            String label = line.substring(tab + 1).strip();
            if (!label.matches("[0-4]")) throw new IllegalArgumentException(where + ": quad must be 0..4, was '" + label + "'");
            out.add(new QuadExample(line.substring(0, tab).strip(), Integer.parseInt(label)));
        }
        return out;
    }
}
