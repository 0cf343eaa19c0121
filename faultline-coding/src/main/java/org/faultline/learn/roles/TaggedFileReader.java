package org.faultline.learn.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a token-per-line role file (ConfliBERT's {@code cameo_ner} format): {@code TOKEN TAG} on each
 * line, a blank line between sentences. Needs a readable file; gives its sentences in order. A line
 * without a tag is a user error naming file and line.
 */
public final class TaggedFileReader {
    private TaggedFileReader() {}

    public static List<TaggedSentence> read(Path file) {
        if (file == null) throw new IllegalArgumentException("role file must not be null");
        List<TaggedSentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
            int lineNo = 0, first = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) out.add(new TaggedSentence(first, tokens, tags));
                    tokens.clear();
                    tags.clear();
                    continue;
                }
                int space = line.lastIndexOf(' ');
                if (space <= 0 || space == line.length() - 1)
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected 'TOKEN TAG', got '" + line + "'");
                String tag = line.substring(space + 1);
                if (!tag.equals("O") && !tag.matches("[BI]-[A-Z]+"))
                    throw new IllegalArgumentException(file + ":" + lineNo + ": tag '" + tag + "' is neither O nor B-X/I-X");
                if (tokens.isEmpty()) first = lineNo;
                tokens.add(line.substring(0, space).strip());
                tags.add(tag);
            }
            if (!tokens.isEmpty()) out.add(new TaggedSentence(first, tokens, tags));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
