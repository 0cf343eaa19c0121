package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts page furniture from the lines of a text: single boilerplate lines (read-time badges, share
 * widgets, post navigation, page numbers...), short lines repeated three times or more (running heads), the tail of a page starting at a "Related posts" or comment-form
 * marker, a category label above the headline, and a closing author bio. Each cut is recorded.
 *
 * <p>A tail marker only cuts when the text before it is at least twice as long as what follows it, so a heading
 * like "Comments" in the middle of an article does not take the article with it.
 */
public final class BoilerplateFilter {
    /** Lines longer than this are prose, never a boilerplate line. */
    private static final int MAX_BOILERPLATE_WORDS = 25;
    /** Also a bound on the work the line patterns do on pathological input. */
    private static final int MAX_BOILERPLATE_CHARS = 300;
    private final BoilerplateRules rules;

    public BoilerplateFilter(BoilerplateRules rules) {
        this.rules = rules;
    }

    public FilteredLines filter(List<String> lines) {
        List<RemovedSpan> removed = new ArrayList<>();
        Set<String> repeated = repeatedShortLines(lines);
        int end = tailStart(lines);
        List<String> kept = new ArrayList<>();
        SpanCollector collector = new SpanCollector(removed);
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            Optional<String> reason = line.isBlank() || line.length() > MAX_BOILERPLATE_CHARS
                    || AuthorBioDetector.wordCount(line) > MAX_BOILERPLATE_WORDS
                    ? Optional.empty() : rules.lineReason(line.strip());
            if (reason.isEmpty() && repeated.contains(line.strip())) reason = Optional.of("repeated-line");
            if (reason.isPresent()) collector.add(reason.get(), line);
            else {
                collector.flush();
                kept.add(line);
            }
        }
        collector.flush();
        cutTail(lines, end, collector);
        collector.flush();
        cutCategoryLabel(kept, removed);
        cutTrailingBio(kept, removed);
        return new FilteredLines(kept, removed);
    }

    /**
     * Short lines (at most 10 words) that occur three times or more are running headers, footers or
     * widget labels of a copied document, never prose.
     */
    private static Set<String> repeatedShortLines(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            String s = l.strip();
            int words = AuthorBioDetector.wordCount(s);
            if (words > 0 && words <= 10) counts.merge(s, 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        int[] cut = {0};
        counts.forEach((line, n) -> {
            if (n >= 3) {
                out.add(line);
                cut[0] += n * AuthorBioDetector.wordCount(line);
            }
        });
        int total = lines.stream().mapToInt(AuthorBioDetector::wordCount).sum();
        // A text made mostly of repeated lines is a list or a transcript, not a page with running heads.
        return cut[0] > 0.3 * total ? Set.of() : out;
    }

    private int tailStart(List<String> lines) {
        int total = 0;
        for (String l : lines) total += AuthorBioDetector.wordCount(l);
        int before = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int words = AuthorBioDetector.wordCount(line);
            if (words > 0 && words <= 12 && line.length() <= 200 && before >= 30 && rules.tailReason(line).isPresent()) {
                int after = total - before - words;
                if (before >= 2 * after) return i;
            }
            before += words;
        }
        return lines.size();
    }

    private void cutTail(List<String> lines, int from, SpanCollector collector) {
        String reason = null;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            boolean shortLine = AuthorBioDetector.wordCount(line) <= 12 && line.length() <= 200;
            Optional<String> marker = shortLine ? rules.tailReason(line) : Optional.empty();
            if (reason == null || marker.isPresent()) reason = marker.orElse("page-tail");
            // A badge or post navigation inside the tail keeps its own reason; the tail goes on after it.
            Optional<String> own = shortLine && marker.isEmpty() ? rules.lineReason(line) : Optional.empty();
            collector.add(own.orElse(reason), line);
        }
    }

    /** A one-to-three-word line heading the text, directly above a headline, is a section label. */
    private static void cutCategoryLabel(List<String> kept, List<RemovedSpan> removed) {
        int first = nextNonBlank(kept, 0);
        if (first < 0) return;
        int second = nextNonBlank(kept, first + 1);
        if (second < 0) return;
        String label = kept.get(first).strip();
        String next = kept.get(second).strip();
        int labelWords = AuthorBioDetector.wordCount(label);
        int nextWords = AuthorBioDetector.wordCount(next);
        if (labelWords <= 3 && !endsSentence(label) && label.length() <= 30 && nextWords >= 4
                && nextWords >= 2 * labelWords && TitleDetector.isHeadline(next) && !endsSentence(next)
                && DatelineDetector.date(next, java.time.LocalDate.now()).isEmpty()) {
            removed.add(0, new RemovedSpan("category-label", label));
            kept.remove(first);
        }
    }

    private static void cutTrailingBio(List<String> kept, List<RemovedSpan> removed) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).isBlank()) last--;
        if (last < 3) return;
        boolean ownParagraph = kept.get(last - 1).isBlank() || endsSentence(kept.get(last - 1));
        String line = kept.get(last).strip();
        if (ownParagraph && AuthorBioDetector.isBio(line)) {
            removed.add(new RemovedSpan("author-bio", line));
            kept.remove(last);
        }
    }

    static boolean endsSentence(String line) {
        String s = line.strip();
        while (!s.isEmpty() && "\"'”’»)]".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return !s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    /** Merges consecutive removed lines with the same reason into one span. */
    private static final class SpanCollector {
        private final List<RemovedSpan> out;
        private String reason;
        private final StringBuilder text = new StringBuilder();

        SpanCollector(List<RemovedSpan> out) {
            this.out = out;
        }

        void add(String why, String line) {
            if (reason != null && !reason.equals(why)) flush();
            reason = why;
            if (text.length() > 0) text.append('\n');
            text.append(line.strip());
        }

        void flush() {
            if (reason != null) out.add(new RemovedSpan(reason, text.toString()));
            reason = null;
            text.setLength(0);
        }
    }
}
