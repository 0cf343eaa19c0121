package org.faultline.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a finished cluster into an {@link Incident}: the dyad in the orientation most reports use,
 * the date range of its best-dated mentions, the most named place, its articles in report order,
 * distinct sources and first/last seen.
 */
final class IncidentAssembler {
    private IncidentAssembler() {}

    static Incident assemble(Cluster c) {
        List<Mention> ordered = new ArrayList<>(c.members);
        ordered.sort(IncidentLinker::reportOrder);
        String id = "inc-" + ordered.get(0).event().id();
        int forward = 0, backward = 0;
        Map<String, Integer> srcCount = new HashMap<>(), tgtCount = new HashMap<>();
        for (int i = 0; i < c.members.size(); i++) {
            Mention m = c.members.get(i);
            boolean rev = c.reversed.get(i);
            if (m.src() != null && m.tgt() != null) {
                if (rev) backward++; else forward++;
            }
            String s = rev ? m.tgt() : m.src(), t = rev ? m.src() : m.tgt();
            if (s != null) srcCount.merge(s, 1, Integer::sum);
            if (t != null) tgtCount.merge(t, 1, Integer::sum);
        }
        String src = top(srcCount), tgt = top(tgtCount);
        if (backward > forward) { String x = src; src = tgt; tgt = x; }
        String[] dates = dates(c);
        Map<String, Integer> places = new HashMap<>();
        for (Mention m : c.members) if (m.event().location() != null) places.merge(m.event().location().name(), 1, Integer::sum);
        Set<String> articles = new LinkedHashSet<>(), sources = new HashSet<>(), texts = new HashSet<>();
        LocalDate first = null, last = null;
        for (Mention m : ordered) {
            articles.add(m.articleId());
            // a sentence printed again by another outlet is one report: only its first printing names a source
            if (m.textKey().isEmpty() || texts.add(m.textKey())) sources.add(m.article().sourceKey());
            LocalDate p = m.published();
            if (p != null) {
                if (first == null || p.isBefore(first)) first = p;
                if (last == null || p.isAfter(last)) last = p;
            }
        }
        List<String> eventIds = new ArrayList<>();
        for (Mention m : ordered) eventIds.add(m.event().id());
        Map<String, String> joins = new HashMap<>();
        for (int i = 0; i < c.members.size(); i++) joins.put(c.members.get(i).event().id(), c.rules.get(i));
        return new Incident(id, src, tgt, c.family.name(), dates[0], dates[1], top(places), eventIds,
                new ArrayList<>(articles), sources.size(), first == null ? null : first.toString(),
                last == null ? null : last.toString(), confidence(c, sources.size()), joins);
    }

    /**
     * The coder's best confidence in the occurrence, as if each further independent source (another
     * outlet, another sentence) confirmed it again, times the mean strength of the rules that joined
     * its mentions: a group held together by shared words alone is less sure than one of same-day,
     * same-sides reports.
     */
    static double confidence(Cluster c, int sources) {
        double best = 0, joins = 0;
        for (int i = 0; i < c.members.size(); i++) {
            best = Math.max(best, c.members.get(i).event().confidence());
            joins += JOIN_WEIGHT.getOrDefault(c.rules.get(i), 0.7);
        }
        double corroborated = 1 - Math.pow(1 - Math.min(best, 0.95), Math.max(1, sources));
        return Math.round(corroborated * joins / c.members.size() * 1000) / 1000.0;
    }

    private static final Map<String, Double> JOIN_WEIGHT = Map.of(
            "first", 1.0, "same-sentence", 1.0, "same-day-same-sides", 1.0, "same-day-shared-words", 0.9,
            "same-day-same-article", 0.9, "near-date-same-sides", 0.85, "near-date-shared-words", 0.75,
            "near-date-same-article", 0.8, "background-shared-words", 0.6, "background-same-article", 0.65);

    /** Most frequent key, ties broken alphabetically; null when empty. */
    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** First and last date as the best-dated mentions give them: exact days, else month/year, else report days. */
    private static String[] dates(Cluster c) {
        List<String> day = new ArrayList<>(), coarse = new ArrayList<>(), floating = new ArrayList<>();
        for (Mention m : c.members) {
            String d = m.event().date();
            if (d == null) continue;
            (m.floating() ? floating : m.day() ? day : coarse).add(d);
        }
        List<String> use = !day.isEmpty() ? day : !coarse.isEmpty() ? coarse : floating;
        if (use.isEmpty()) return new String[] {null, null};
        use.sort(Comparator.naturalOrder());
        return new String[] {use.get(0), use.get(use.size() - 1)};
    }
}
