package org.faultline.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises reciprocal statements ("A and B accused each other of ..."): one sentence giving both
 * sides' positions. Needs the phrase list {@code reciprocal.txt} (bundled); gives a yes/no per text.
 * Immutable and thread-safe.
 */
public final class Reciprocity {
    private final Pattern pattern;

    private Reciprocity(List<String> phrases) {
        List<String> parts = new ArrayList<>();
        for (String p : phrases) parts.add(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        this.pattern = parts.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", parts) + ")\\b");
    }

    /** The bundled phrase list. */
    public static Reciprocity bundled() {
        try (InputStream in = Reciprocity.class.getResourceAsStream("reciprocal.txt")) {
            if (in == null) throw new IllegalStateException("bundled org/faultline/claims/reciprocal.txt is missing from the classpath");
            List<String> phrases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String p = line.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !p.startsWith("#")) phrases.add(p);
            }
            return new Reciprocity(phrases);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled org/faultline/claims/reciprocal.txt: " + e.getMessage(), e);
        }
    }

    /** True when the text states both sides' positions at once. */
    public boolean reciprocal(String text) {
        return pattern != null && text != null && pattern.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
