package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a messy article text into clean paragraphs: normalises characters, cuts boilerplate lines,
 * tails and bios ({@link BoilerplateFilter}), takes a headline-like first line as the title when no
 * title is known (or drops a first line repeating the known title), reflows hard-wrapped lines
 * ({@link Reflower}) and splits glued sentences ({@link GluedSentenceSplitter}). Thread-safe.
 */
public final class TextCleaner {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern STAMP = Pattern.compile("(?i)(published|updated|last updated|first published|posted|modified)\\b");
    private final BoilerplateFilter boilerplate;
    private final Reflower reflower;

    public TextCleaner(BoilerplateRules rules, WordList words) {
        this.boilerplate = new BoilerplateFilter(rules);
        this.reflower = new Reflower(new Dehyphenator(words));
    }

    /** A cleaner with the bundled boilerplate rules and English word list. */
    public static TextCleaner bundled() {
        return new TextCleaner(BoilerplateRules.bundled(), WordList.english());
    }

    /**
     * @param body       the text to clean (plain text, or text extracted from HTML)
     * @param knownTitle title from metadata, or null to look for a headline on the first line
     */
    public CleanResult clean(String body, String knownTitle) {
        List<String> lines = new ArrayList<>(Arrays.asList(TextNormalizer.normalize(body).split("\n", -1)));
        FilteredLines filtered = boilerplate.filter(lines);
        List<RemovedSpan> removed = new ArrayList<>(filtered.removed());
        List<String> kept = new ArrayList<>(filtered.lines());
        LocalDate dateline = takeDateline(kept, removed);
        String title = takeTitle(kept, knownTitle, removed);
        List<String> paragraphs = reflower.reflow(kept, removed);
        List<String> clean = new ArrayList<>();
        for (String p : paragraphs) {
            String s = SPACES.matcher(GluedSentenceSplitter.split(p)).replaceAll(" ").strip();
            if (!s.isEmpty()) clean.add(s);
        }
        return new CleanResult(title, String.join("\n\n", clean), removed, dateline);
    }

    /**
     * A date-only line among the first three lines of text is the dateline: keep its date, cut the line.
     * Further down, only lines announcing themselves ("Updated 12 May 2024") go: a bare date there may
     * head a day in a chronology, which event coding needs.
     */
    private static LocalDate takeDateline(List<String> kept, List<RemovedSpan> removed) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            String line = kept.get(i).strip();
            if (STAMP.matcher(line).lookingAt() && DatelineDetector.date(line, LocalDate.now()).isPresent() && i > 2) {
                removed.add(new RemovedSpan("dateline", line));
                kept.remove(i);
            }
        }
        int seen = 0;
        for (int i = 0; i < kept.size() && seen < 3; i++) {
            String line = kept.get(i).strip();
            if (line.isEmpty()) continue;
            seen++;
            Optional<LocalDate> d = DatelineDetector.date(line, LocalDate.now());
            if (d.isPresent()) {
                removed.add(new RemovedSpan("dateline", line));
                kept.remove(i);
                return d.get();
            }
            // The dateline sits above the body: once prose starts, a date line is part of the text.
            if (BoilerplateFilter.endsSentence(line) && AuthorBioDetector.wordCount(line) >= 8) return null;
        }
        return null;
    }

    private static String takeTitle(List<String> kept, String knownTitle, List<RemovedSpan> removed) {
        int first = 0;
        while (first < kept.size() && kept.get(first).isBlank()) first++;
        if (first == kept.size()) return knownTitle;
        String line = kept.get(first).strip();
        boolean hasMore = kept.subList(first + 1, kept.size()).stream().anyMatch(l -> !l.isBlank());
        if (knownTitle != null) {
            if (sameText(line, knownTitle) && hasMore) {
                removed.add(0, new RemovedSpan("title", line));
                kept.remove(first);
            }
            return knownTitle;
        }
        int next = first + 1;
        while (next < kept.size() && kept.get(next).isBlank()) next++;
        boolean continues = next == first + 1 && next < kept.size()
                && Character.isLowerCase(kept.get(next).strip().codePointAt(0));
        if (hasMore && !continues && TitleDetector.isHeadline(line)) {
            removed.add(0, new RemovedSpan("title", line));
            kept.remove(first);
            return line;
        }
        return null;
    }

    /** Same words, or one is the other with a site name or kicker added (e.g. "Headline - Site"). */
    private static boolean sameText(String line, String title) {
        String a = key(line);
        String b = key(title);
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        return shorter.length() >= 20 && shorter.length() >= 0.6 * longer.length()
                && (longer.startsWith(shorter) || longer.endsWith(shorter));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
