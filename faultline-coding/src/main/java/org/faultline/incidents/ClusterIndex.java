package org.faultline.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocking for linking: clusters filed under (family, country, week) for every country they hold
 * and every week their date range (widened by the family window) touches. A mention only meets the
 * clusters of its family that share one of its countries in the weeks it could fall in, so linking
 * stays near-linear in the number of mentions.
 */
final class ClusterIndex {
    private static final String NO_COUNTRY = "-";
    private static final int MAX_WEEKS = 60; // a cluster known only to the year is filed across that year

    private final Map<String, List<Cluster>> buckets = new HashMap<>();
    private final Map<String, List<Cluster>> byArticle = new HashMap<>();
    private final int maxCandidates;

    ClusterIndex(int maxCandidates) {
        this.maxCandidates = maxCandidates;
    }

    /** Files the cluster under any (country, week) it newly covers. */
    void register(Cluster c, Mention added) {
        List<Cluster> inArticle = byArticle.computeIfAbsent(added.articleId(), k -> new ArrayList<>(2));
        if (!inArticle.contains(c)) inArticle.add(c);
        long[] r = c.range();
        if (r == null) return;
        int w = c.family.windowDays();
        long from = Math.floorDiv(r[0] - w, 7), to = Math.floorDiv(r[1] + w, 7);
        if (to - from > MAX_WEEKS) from = to - MAX_WEEKS;
        Set<String> countries = c.countries();
        if (countries.isEmpty()) countries = Set.of(NO_COUNTRY);
        for (String country : countries)
            for (long wk = from; wk <= to; wk++) {
                String key = c.family.name() + '|' + country + '|' + wk;
                if (c.registered.add(key)) buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
    }

    /** Clusters already holding a mention of the same article. */
    List<Cluster> sameArticle(Mention m) {
        return byArticle.getOrDefault(m.articleId(), List.of());
    }

    /** Clusters the mention could join, nearest weeks first, at most maxCandidates; {@code nearOnly} looks back nearDays only. */
    List<Cluster> candidates(Mention m, boolean nearOnly, int nearDays) {
        Set<Cluster> out = new LinkedHashSet<>();
        if (m.hi() == Cluster.NONE) return List.of();
        int w = m.family().windowDays();
        long top = Math.floorDiv(m.hi() + w, 7);
        long low = nearOnly ? m.hi() - nearDays : m.lo() == Cluster.NONE ? m.hi() : m.lo();
        long bottom = Math.floorDiv(low - w, 7);
        if (top - bottom > MAX_WEEKS) bottom = top - MAX_WEEKS;
        List<String> countries = new ArrayList<>(2);
        if (m.src() != null) countries.add(m.src());
        if (m.tgt() != null && !m.tgt().equals(m.src())) countries.add(m.tgt());
        if (countries.isEmpty()) countries.add(NO_COUNTRY);
        for (long wk = top; wk >= bottom && out.size() < maxCandidates; wk--)
            for (String country : countries) {
                List<Cluster> b = buckets.get(m.family().name() + '|' + country + '|' + wk);
                if (b == null) continue;
                for (int i = b.size() - 1; i >= 0 && out.size() < maxCandidates; i--) out.add(b.get(i));
            }
        return new ArrayList<>(out);
    }
}
