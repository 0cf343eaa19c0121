package org.faultline.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A growing group of mentions during linking (mutable, confined to one {@link IncidentLinker#link} call).
 * Keeps what compatibility checks need: the sides seen in the cluster's own orientation, the
 * date range of exact days, the intersection of coarse (month/year) intervals, the report-day
 * range of undated members, the sentences it already holds and a term centroid.
 */
final class Cluster {
    static final long NONE = Long.MIN_VALUE;

    final int seq;
    final TypeFamilies.Family family;
    final List<Mention> members = new ArrayList<>();
    final List<Boolean> reversed = new ArrayList<>();
    final List<String> rules = new ArrayList<>();
    final Set<String> srcs = new HashSet<>();
    final Set<String> tgts = new HashSet<>();
    final Set<String> articles = new HashSet<>();
    final Map<String, String> triggerBySentence = new HashMap<>();
    final Map<String, Double> centroid = new HashMap<>();
    final Set<String> registered = new HashSet<>();
    final Set<String> cameos = new HashSet<>();
    double norm;
    long dayLo = NONE, dayHi = NONE;
    long coarseLo = NONE, coarseHi = NONE;
    long floatLo = NONE, floatHi = NONE;
    int nearDays;

    Cluster(int seq, TypeFamilies.Family family, int nearDays) {
        this.seq = seq;
        this.family = family;
        this.nearDays = nearDays;
    }

    void add(Mention m, boolean rev, String rule) {
        members.add(m);
        reversed.add(rev);
        rules.add(rule);
        String s = rev ? m.tgt() : m.src(), t = rev ? m.src() : m.tgt();
        if (s != null) srcs.add(s);
        if (t != null) tgts.add(t);
        articles.add(m.articleId());
        if (m.event().cameo() != null) cameos.add(m.event().cameo());
        triggerBySentence.putIfAbsent(m.sentenceKey(), m.triggerKey());
        if (m.floating()) {
            if (m.hi() != NONE) {
                floatLo = floatLo == NONE ? m.hi() - nearDays : Math.min(floatLo, m.hi() - nearDays);
                floatHi = floatHi == NONE ? m.hi() : Math.max(floatHi, m.hi());
            }
        } else if (m.day()) {
            dayLo = dayLo == NONE ? m.lo() : Math.min(dayLo, m.lo());
            dayHi = dayHi == NONE ? m.hi() : Math.max(dayHi, m.hi());
        } else {
            if (coarseLo == NONE) {
                coarseLo = m.lo();
                coarseHi = m.hi();
            } else if (Math.max(coarseLo, m.lo()) <= Math.min(coarseHi, m.hi())) {
                coarseLo = Math.max(coarseLo, m.lo()); // the occurrence lies in every coarse interval
                coarseHi = Math.min(coarseHi, m.hi());
            }
        }
        double n2 = 0;
        for (Map.Entry<String, Double> e : m.vec().entrySet()) centroid.merge(e.getKey(), e.getValue(), Double::sum);
        for (double w : centroid.values()) n2 += w * w;
        norm = Math.sqrt(n2);
    }

    /** The best-known date range: exact days, else coarse interval, else report days; null when none. */
    long[] range() {
        if (dayLo != NONE) return new long[] {dayLo, dayHi};
        if (coarseLo != NONE) return new long[] {coarseLo, coarseHi};
        if (floatLo != NONE) return new long[] {floatLo, floatHi};
        return null;
    }

    boolean hasDays() { return dayLo != NONE; }

    Set<String> countries() {
        Set<String> all = new HashSet<>(srcs);
        all.addAll(tgts);
        return all;
    }
}
