package org.faultline.learn.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source and target spans of the PLOVER gold records, read from their inline markup
 * ({@code textInfo.markup}: "(SRC: Hungarian) officials (EVT: agreed) ... (TAR: Tokyo)") into
 * {@link TaggedSentence}s over the sentence split at single spaces, so the PLOVER sentences can join
 * ConfliBERT's as role training data. Needs the gold file; gives one tagged sentence per sentence
 * text (the first record's markup when several records share a text). A sentence whose markup,
 * with the brackets taken out, is not its text, or that marks no role, gives nothing.
 */
public final class PloverMarkup {
    /** "(SRC: ...)", "(TAR: ...)", "(SRC/TAR: ...)", "(EVT: ...)" and any other "(UPPER: ...)" label. */
    private static final Pattern MARK = Pattern.compile("\\(([A-Z]{2,4}(?:/[A-Z]{2,4})?): ([^()]*)\\)");

    private PloverMarkup() {}

    /** Tagged sentences by sentence text (as {@link org.faultline.events.eval.GoldFile} keys them: stripped). */
    public static Map<String, TaggedSentence> read(Path goldFile) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + goldFile + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) throw new IllegalArgumentException("gold file " + goldFile + " must hold a JSON array of records");
        Map<String, TaggedSentence> out = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode r : root) {
            index++;
            String text = r.path("text").asText("").strip();
            String markup = r.path("textInfo").path("markup").asText("");
            if (text.isEmpty() || markup.isEmpty() || out.containsKey(text)) continue;
            tag(text, markup, index).ifPresent(t -> out.put(text, t));
        }
        return out;
    }

    /**
     * The sentence's tokens (its text split at single spaces) with B-S/I-S, B-T/I-T tags from the
     * markup; "SRC/TAR" (both sides of a reciprocal event) is read as source.
     *
     * @param record the record's position, kept as the tagged sentence's line for messages
     */
    static Optional<TaggedSentence> tag(String text, String markup, int record) {
        StringBuilder plain = new StringBuilder();
        List<int[]> spans = new ArrayList<>(); // begin, end, role (0 source, 1 target)
        Matcher m = MARK.matcher(markup);
        int last = 0;
        while (m.find()) {
            plain.append(markup, last, m.start());
            int begin = plain.length();
            plain.append(m.group(2));
            String label = m.group(1);
            if (label.startsWith("SRC")) spans.add(new int[] {begin, plain.length(), 0});
            else if (label.equals("TAR")) spans.add(new int[] {begin, plain.length(), 1});
            last = m.end();
        }
        plain.append(markup.substring(last));
        if (spans.isEmpty() || !plain.toString().strip().equals(text) || text.contains("  ")) return Optional.empty();
        int offset = plain.indexOf(text);
        List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        int pos = 0;
        String prev = "O";
        for (String tok : text.split(" ")) {
            int begin = offset + pos, end = begin + tok.length();
            String tag = "O";
            for (int[] s : spans) {
                if (begin < s[1] && s[0] < end) {
                    String role = s[2] == 0 ? "S" : "T";
                    tag = (prev.endsWith("-" + role) && prev.length() > 1 && begin > s[0] ? "I-" : "B-") + role;
                    break;
                }
            }
            tokens.add(tok);
            tags.add(tag);
            prev = tag;
            pos += tok.length() + 1;
        }
        return Optional.of(new TaggedSentence(record, tokens, tags));
    }
}
