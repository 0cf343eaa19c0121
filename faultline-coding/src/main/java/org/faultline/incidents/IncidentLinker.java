package org.faultline.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.ActorDictionary;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups event mentions from many articles that describe the same real-world occurrence into
 * {@link Incident}s.
 * <p>
 * <b>How.</b> Every event becomes a mention with a type family ({@link TypeFamilies}), dyad
 * countries, a date interval and the weighted terms of its evidence (fixed weights,
 * {@link TermWeights}: a mention depends on its own text only, so linking a window of the store gives
 * what linking the whole store gives). Mentions are processed in a fixed
 * order — first those the text dates to the day, then to the month, then to the year (each by
 * date), then undated ones (by report date) — and each
 * joins the best-fitting existing cluster or starts a new one; {@link LinkRules} says what fits
 * (compatible actors, same or reversed dyad for symmetric families, dates within the family window,
 * compatible places, enough lexical or same-article support). Candidates come from a
 * (family, country, week) index ({@link ClusterIndex}), so 100k events link in seconds.
 * <p>
 * <b>What is left out.</b> Hypothetical and proposed events did not happen (yet): they get no incident
 * (commitments track proposals). Negated events stay in: a denial is about the occurrence.
 * <p>
 * <b>Stable ids.</b> An incident's id is {@code inc-} plus the id of its first report's event (earliest
 * publication, then article id, sentence and event id), so re-running on the same input gives the
 * same ids and adding later articles keeps existing ids. The result does not depend on the order of
 * the input list.
 * <p>
 * Needs: {@link TypeFamilies}, {@link Sides}, {@link LinkerOptions}. Stateless between calls; thread-safe.
 */
public final class IncidentLinker {
    private static final Logger log = LoggerFactory.getLogger(IncidentLinker.class);
    private final TypeFamilies families;
    private final LinkerOptions options;
    private final LinkRules rules;
    private final TermWeights weights;

    /** Linker with the bundled term weights ({@link TermWeights#bundled()}). */
    public IncidentLinker(TypeFamilies families, Sides sides, LinkerOptions options) {
        this(families, sides, options, TermWeights.bundled());
    }

    /** Linker with the given term weights. */
    public IncidentLinker(TypeFamilies families, Sides sides, LinkerOptions options, TermWeights weights) {
        if (weights == null) throw new IllegalArgumentException("weights must not be null (use TermWeights.bundled())");
        this.weights = weights;
        if (families == null) throw new IllegalArgumentException("families must not be null");
        if (sides == null) throw new IllegalArgumentException("sides must not be null (use Sides.strict())");
        if (options == null) throw new IllegalArgumentException("options must not be null (use LinkerOptions.defaults())");
        this.families = families;
        this.options = options;
        this.rules = new LinkRules(sides, options);
    }

    /** The bundled families, kinship from the dictionary, default options. */
    public static IncidentLinker withBundledData(ActorDictionary dictionary) {
        return new IncidentLinker(TypeFamilies.bundled(), Sides.from(dictionary), LinkerOptions.defaults());
    }

    /**
     * Links the events.
     *
     * @param events   events of any number of articles (ids unique)
     * @param articles publication date and outlet per article id; articles missing here count as
     *                 undated and as their own source
     */
    public IncidentLinking link(List<Event> events, Map<String, ArticleInfo> articles) {
        if (events == null) throw new IllegalArgumentException("events must not be null");
        if (articles == null) throw new IllegalArgumentException("articles must not be null (use Map.of())");
        long start = System.nanoTime();
        List<Event> real = new ArrayList<>();
        for (Event e : events)
            if (e.factuality() != Factuality.HYPOTHETICAL && e.factuality() != Factuality.PROPOSED) real.add(e);
        real.sort(Comparator.comparing(Event::id));
        List<Mention> mentions = new MentionFactory(families, weights, options.horizonDays()).build(real, articles);
        List<Mention> anchored = new ArrayList<>(), floating = new ArrayList<>();
        for (Mention m : mentions) (m.floating() ? floating : anchored).add(m);
        // exact days first so precise clusters form before month- and year-level mentions attach to them
        anchored.sort(Comparator.comparingLong((Mention m) -> m.hi() - m.lo() > 31 ? 2 : m.day() ? 0 : 1)
                .thenComparingLong(Mention::lo).thenComparingLong(Mention::hi).thenComparing(IncidentLinker::reportOrder));
        floating.sort(Comparator.comparingLong(Mention::hi).thenComparing(IncidentLinker::reportOrder));
        ClusterIndex index = new ClusterIndex(options.maxCandidates());
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> reprints = new HashMap<>();
        for (Mention m : anchored) place(m, index, clusters, reprints);
        for (Mention m : floating) place(m, index, clusters, reprints);
        List<Incident> incidents = new ArrayList<>(clusters.size());
        Map<String, String> byEvent = new HashMap<>();
        for (Cluster c : clusters) {
            Incident inc = IncidentAssembler.assemble(c);
            incidents.add(inc);
            for (String id : inc.eventIds()) byEvent.put(id, inc.id());
        }
        incidents.sort(Comparator.comparing(Incident::id));
        log.debug("linked {} events into {} incidents in {} ms", real.size(), incidents.size(), (System.nanoTime() - start) / 1_000_000);
        return new IncidentLinking(incidents, byEvent);
    }

    /**
     * Joins the mention to its best-fitting cluster or starts one. Undated mentions look at clusters near
     * their report day and at those of their own article first, and search the whole horizon only when
     * neither fits (keeps the common case cheap).
     */
    private void place(Mention m, ClusterIndex index, List<Cluster> clusters, Map<String, List<Cluster>> reprints) {
        // The same sentence printed again (wire copy, a reprint, a near-identical update) is the same report of the
        // same occurrence, whatever date its own publication day resolved "yesterday" to - when printed within days
        // of the first printing: the same boilerplate ("X accused Y of breaking the ceasefire") a month later is news
        // of another day.
        String reprintKey = m.textKey().isEmpty() ? null : m.family().name() + '|' + m.triggerKey() + '|' + m.textKey();
        List<Cluster> printed = new ArrayList<>();
        if (reprintKey != null)
            for (String k : reprintBuckets(reprintKey, m.reportDay(), true)) printed.addAll(reprints.getOrDefault(k, List.of()));
        for (Cluster same : printed) {
            if (same.articles.contains(m.articleId())) continue;
            for (int i = 0; i < same.members.size(); i++) {
                Mention o = same.members.get(i);
                if (!o.textKey().equals(m.textKey()) || !reprintDays(o, m)) continue;
                same.add(m, same.reversed.get(i), "same-sentence");
                index.register(same, m);
                return;
            }
        }
        Cluster best = null;
        LinkRules.Fit bestFit = null;
        List<List<Cluster>> rounds = m.floating()
                ? List.of(concat(index.sameArticle(m), index.candidates(m, true, options.nearDays())), List.of())
                : List.of(index.candidates(m, false, 0));
        for (int round = 0; round < rounds.size() && best == null; round++) {
            List<Cluster> candidates = round == 1 ? index.candidates(m, false, 0) : rounds.get(round);
            for (Cluster c : candidates) {
                if (c.family != m.family()) continue;
                LinkRules.Fit f = rules.fit(m, c);
                if (f != null && (bestFit == null || f.score() > bestFit.score() || f.score() == bestFit.score() && c.seq < best.seq)) {
                    best = c;
                    bestFit = f;
                }
            }
        }
        if (best == null) {
            best = new Cluster(clusters.size(), m.family(), options.nearDays());
            clusters.add(best);
            best.add(m, false, "first");
        } else {
            best.add(m, bestFit.reversed(), bestFit.rule());
        }
        index.register(best, m);
        if (reprintKey != null) {
            List<Cluster> list = reprints.computeIfAbsent(reprintBuckets(reprintKey, m.reportDay(), false).get(0), k -> new ArrayList<>(1));
            if (!list.contains(best)) list.add(best);
        }
    }

    /**
     * Keys of the reprint index: the sentence key with the week of its publication day, so a sentence
     * repeated for years is not compared with every earlier printing; {@code near} adds the weeks either side.
     */
    private static List<String> reprintBuckets(String key, long reportDay, boolean near) {
        if (reportDay == Long.MIN_VALUE) return List.of(key + "|?");
        long w = Math.floorDiv(reportDay, REPRINT_DAYS);
        return near ? List.of(key + '|' + (w - 1), key + '|' + w, key + '|' + (w + 1)) : List.of(key + '|' + w);
    }

    /** Days apart two printings of one sentence may be published and still be one report (wire copy, reprints). */
    static final int REPRINT_DAYS = 7;

    /** True when two printings' publication days are within {@link #REPRINT_DAYS}, or either is unknown. */
    private static boolean reprintDays(Mention a, Mention b) {
        if (a.reportDay() == Long.MIN_VALUE || b.reportDay() == Long.MIN_VALUE) return true;
        return Math.abs(a.reportDay() - b.reportDay()) <= REPRINT_DAYS;
    }

    private static List<Cluster> concat(List<Cluster> a, List<Cluster> b) {
        List<Cluster> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        for (Cluster c : b) if (!a.contains(c)) out.add(c);
        return out;
    }

    /** Earliest publication first, then article, sentence and event id: the order reports appeared in. */
    static int reportOrder(Mention a, Mention b) {
        int c = Long.compare(a.reportDay(), b.reportDay());
        if (c != 0) return c;
        c = a.articleId().compareTo(b.articleId());
        if (c != 0) return c;
        c = Integer.compare(a.event().sentenceIndex(), b.event().sentenceIndex());
        return c != 0 ? c : a.event().id().compareTo(b.event().id());
    }
}
