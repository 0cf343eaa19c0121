package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from lines. A text is <em>hard-wrapped</em> (as in copies of PDFs) when most of
 * its lines have similar medium lengths and many end mid-sentence; then lines are joined unless one
 * ends a sentence well short of the wrap width, or a short unpunctuated line (a heading) precedes a
 * capitalised one. Otherwise each line is its own paragraph, except a line that ends mid-sentence
 * followed by one starting in lowercase. Across a blank line, text is joined only when it clearly
 * continues (no sentence end before, lowercase after). Joins undo line-end hyphenation through a
 * {@link Dehyphenator} and drop a word doubled across the break ("the / the territory").
 */
public final class Reflower {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-’']\\p{L}+)*");
    private static final Pattern TRAILING_FRAGMENT = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
    /** Words that English legitimately doubles ("that that", "had had"). */
    private static final int TAIL_CHARS = 80;
    private static final Set<String> DOUBLABLE = Set.of("that", "had", "is", "do", "can");

    private final Dehyphenator dehyphenator;

    public Reflower(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    /** Paragraphs rebuilt from {@code lines}; doubled words dropped at joins are added to {@code removed}. */
    public List<String> reflow(List<String> lines, List<RemovedSpan> removed) {
        Set<String> docTokens = tokens(lines);
        boolean hard = isHardWrapped(lines);
        int width = hard ? wrapWidth(lines) : 0;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder cur = null;
        String prev = null;
        boolean blankSince = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blankSince = cur != null;
                continue;
            }
            if (cur == null) cur = new StringBuilder(line);
            else if (blankSince ? continuesAcrossBlank(prev, line) : hard ? softWrap(prev, line, width) : continuesPlain(prev, line))
                join(cur, line, docTokens, removed);
            else {
                paragraphs.add(cur.toString());
                cur = new StringBuilder(line);
            }
            prev = line;
            blankSince = false;
        }
        if (cur != null) paragraphs.add(cur.toString());
        return paragraphs;
    }

    static boolean isHardWrapped(List<String> lines) {
        List<String> body = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (body.size() < 4) return false;
        int[] lengths = body.stream().mapToInt(String::length).sorted().toArray();
        int median = lengths[lengths.length / 2];
        long medium = body.stream().filter(l -> l.length() >= 30 && l.length() <= 110).count();
        long open = body.stream().filter(l -> !BoilerplateFilter.endsSentence(l)).count();
        return median >= 40 && median <= 110 && medium >= 0.7 * body.size() && open >= 0.3 * body.size();
    }

    private static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).mapToInt(String::length).toArray();
        Arrays.sort(lengths);
        return lengths[(int) Math.floor(lengths.length * 0.9) - (lengths.length >= 10 ? 1 : 0)];
    }

    private static boolean softWrap(String prev, String line, int width) {
        if (BoilerplateFilter.endsSentence(prev)) return prev.length() >= 0.85 * width;
        return !(prev.length() < 0.5 * width && startsUpper(line));
    }

    private static boolean continuesAcrossBlank(String prev, String line) {
        return !BoilerplateFilter.endsSentence(prev) && startsLower(line);
    }

    private static boolean continuesPlain(String prev, String line) {
        if (prev.endsWith("-") && startsLower(line)) return true;
        return prev.length() >= 40 && !BoilerplateFilter.endsSentence(prev) && !prev.endsWith(":") && startsLower(line);
    }

    private void join(StringBuilder cur, String line, Set<String> docTokens, List<RemovedSpan> removed) {
        // Only the end of the paragraph matters; matching the whole builder would make long paragraphs quadratic.
        CharSequence tail = cur.subSequence(Math.max(0, cur.length() - TAIL_CHARS), cur.length());
        Matcher frag = TRAILING_FRAGMENT.matcher(tail);
        Matcher lead = LEADING_WORD.matcher(line);
        if (frag.find() && lead.find()) {
            boolean keep = dehyphenator.keepHyphen(frag.group(1), lead.group(1), docTokens);
            if (!keep) cur.setLength(cur.length() - 1);
            cur.append(line);
            return;
        }
        Matcher last = LAST_WORD.matcher(tail);
        if (last.find() && lead.find(0)) {
            String w = last.group(1);
            if (w.equalsIgnoreCase(lead.group(1)) && !DOUBLABLE.contains(w.toLowerCase(Locale.ROOT))) {
                removed.add(new RemovedSpan("doubled-word", lead.group(1)));
                line = line.substring(lead.end()).stripLeading();
                if (line.isEmpty()) return;
            }
        }
        cur.append(' ').append(line);
    }

    private static Set<String> tokens(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String l : lines) {
            Matcher m = WORD.matcher(l);
            while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }
}
