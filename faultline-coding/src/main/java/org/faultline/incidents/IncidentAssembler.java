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
        Set<String> articles = new LinkedHashSet<>(), sources = new HashSet<>();
        LocalDate first = null, last = null;
        for (Mention m : ordered) {
            articles.add(m.articleId());
            sources.add(m.article().sourceKey());
            LocalDate p = m.published();
            if (p != null) {
                if (first == null || p.isBefore(first)) first = p;
                if (last == null || p.isAfter(last)) last = p;
            }
        }
        List<String> eventIds = new ArrayList<>();
        for (Mention m : ordered) eventIds.add(m.event().id());
        return new Incident(id, src, tgt, c.family.name(), dates[0], dates[1], top(places), eventIds,
                new ArrayList<>(articles), sources.size(), first == null ? null : first.toString(),
                last == null ? null : last.toString());
    }

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
