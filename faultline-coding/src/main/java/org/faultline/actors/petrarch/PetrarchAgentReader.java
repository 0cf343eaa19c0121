package org.faultline.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.actors.DictionaryFormatException;

/**
 * Reads PETRARCH2's agents file ({@code Phoenix.agents.txt}) into {@link PetrarchAgent}s. The
 * format: {@code !MACRO! = A, B} defines a substitution used inside later nouns
 * ({@code CATTLE!PERSON!} = cattleman, cattlemen...); a line is {@code NOUN_WORDS [~CODE]},
 * optionally with {@code {PLURAL_FORMS}} before the code ({@code {}} = no plural). As PETRARCH2
 * does, the regular plural of the last word is generated when no braces are given. Codes of the
 * form {@code [XXX~]} (a primary-actor code, not an agent) are skipped as problems.
 */
public final class PetrarchAgentReader {
    private static final Pattern MACRO_DEF = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern LINE = Pattern.compile("^([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[~([A-Z]{3,})\\]\\s*$");

    private final String source;
    private final Consumer<DictionaryFormatException> problems;

    /** @param problems receives each unreadable line ({@link PetrarchActorReader#STRICT} to fail). */
    public PetrarchAgentReader(String source, Consumer<DictionaryFormatException> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** All agents of the file, in order. */
    public List<PetrarchAgent> read(BufferedReader in) {
        Map<String, List<String>> macros = new LinkedHashMap<>();
        List<PetrarchAgent> out = new ArrayList<>();
        int n = 0;
        try {
            String raw;
            while ((raw = in.readLine()) != null) {
                n++;
                int hash = raw.indexOf('#');
                String t = (hash < 0 ? raw : raw.substring(0, hash)).strip();
                if (t.isEmpty()) continue;
                Matcher def = MACRO_DEF.matcher(t);
                if (def.matches()) {
                    List<String> forms = new ArrayList<>();
                    for (String f : def.group(2).split(",")) if (!f.isBlank()) forms.add(f.strip().toLowerCase(Locale.ROOT));
                    macros.put(def.group(1), forms);
                    continue;
                }
                Matcher m = LINE.matcher(t);
                if (!m.matches()) {
                    problems.accept(new DictionaryFormatException(source, n, null,
                            "'" + t + "' is not NOUN [~CODE] or NOUN {PLURALS} [~CODE]"));
                    continue;
                }
                Set<String> phrases = new LinkedHashSet<>();
                for (String noun : expand(m.group(1), macros, n)) {
                    phrases.add(noun);
                    if (m.group(2) == null) phrases.add(plural(noun));
                }
                if (m.group(2) != null)
                    for (String p : m.group(2).split("\\s+"))
                        for (String noun : expand(p, macros, n)) phrases.add(noun);
                phrases.removeIf(String::isBlank);
                if (!phrases.isEmpty()) out.add(new PetrarchAgent(List.copyOf(phrases), m.group(3), source, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }

    private List<String> expand(String noun, Map<String, List<String>> macros, int line) {
        String w = noun.strip();
        int open = w.indexOf('!');
        if (open < 0) return List.of(words(w));
        int close = w.indexOf('!', open + 1);
        String key = close < 0 ? null : w.substring(open, close + 1);
        if (key == null || !macros.containsKey(key)) {
            problems.accept(new DictionaryFormatException(source, line, null, "unknown substitution in '" + w + "'"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String form : macros.get(key))
            out.addAll(expand(w.substring(0, open) + form + w.substring(close + 1), macros, line));
        return out;
    }

    private static String words(String s) {
        return s.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The regular English plural of the last word: policeman → policemen, militia → militias, party → parties. */
    static String plural(String phrase) {
        if (phrase.isEmpty()) return phrase;
        if (phrase.endsWith("man")) return phrase.substring(0, phrase.length() - 3) + "men";
        if (phrase.endsWith("men") || phrase.endsWith("people") || phrase.endsWith("police")) return phrase;
        if (phrase.matches(".*[^aeiou]y")) return phrase.substring(0, phrase.length() - 1) + "ies";
        if (phrase.matches(".*(s|sh|ch|x|z)")) return phrase + "es";
        return phrase + "s";
    }
}
