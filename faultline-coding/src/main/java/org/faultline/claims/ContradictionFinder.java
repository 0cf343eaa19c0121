package org.faultline.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.faultline.events.Event;

/**
 * Finds pairs of claims by different parties that cannot both be true, across any number of
 * articles: blame reversed, accusation against denial, incompatible characterisation of one
 * incident, incompatible figures and incompatible dates (see {@link ContradictionRules}).
 * <p>
 * Needs the claims, the events they reference, optionally an event-id → incident-id function
 * (from incident grouping; may return null) and the claims' evidence sentences. Only pairs that can
 * concern the same matter are compared: claims by the party the other claim is about reported
 * within a fortnight, claims sharing an incident, and claims of the same article. Never paired:
 * claims of one speaker country; two reports of one sentence (reprints, wire copy, near-duplicate
 * articles: {@link SameText}); reciprocal statements ("A and B accused each other",
 * {@link Reciprocity}), which hold both positions in one sentence. One pair of sentences gives one
 * contradiction however many outlets reprinted them.
 * <p>
 * Gives the contradictions best first (score, then id). Contradiction ids join the two claim ids in
 * sorted order, so A–B and B–A are one and re-runs give the same ids; the result depends on the
 * set of claims only, not on their order. Stateless and thread-safe.
 */
public final class ContradictionFinder {
    /** Widest time window (days) in which claims of different articles can be linked without a shared incident. */
    private static final int WINDOW_DAYS = 14;
    private final CueBook cues;
    private final ContradictionRules rules = new ContradictionRules();
    private final Reciprocity reciprocity = Reciprocity.bundled();

    public ContradictionFinder() {
        this(CueBook.bundled());
    }

    public ContradictionFinder(CueBook cues) {
        if (cues == null) throw new IllegalArgumentException("cue book must not be null");
        this.cues = cues;
    }

    /** Contradictions with incidents taken from the events' own incident ids. */
    public List<Contradiction> find(List<Claim> claims, List<Event> events) {
        return find(claims, events, id -> null);
    }

    /**
     * @param claims     claims of any number of articles
     * @param events     the events those claims reference (others are ignored)
     * @param incidentOf event id → incident id, or null when the event has none
     */
    public List<Contradiction> find(List<Claim> claims, List<Event> events, Function<String, String> incidentOf) {
        return find(claims, events, incidentOf, (article, sentence) -> null);
    }

    /**
     * @param claims     claims of any number of articles
     * @param events     the events those claims reference (others are ignored)
     * @param incidentOf event id → incident id, or null when the event has none
     * @param sentenceOf (article id, sentence index) → the sentence text, or null when unknown
     */
    public List<Contradiction> find(List<Claim> claims, List<Event> events, Function<String, String> incidentOf,
                                    BiFunction<String, Integer, String> sentenceOf) {
        if (claims == null) throw new IllegalArgumentException("claims must not be null");
        if (sentenceOf == null) throw new IllegalArgumentException("sentenceOf must not be null (use (a, s) -> null)");
        if (events == null) throw new IllegalArgumentException("events must not be null (pass an empty list)");
        if (incidentOf == null) throw new IllegalArgumentException("incidentOf must not be null (use id -> null)");
        Map<String, Event> byId = new HashMap<>();
        for (Event e : events) byId.put(e.id(), e);
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(Claim::id)); // the same set in any order gives the same pairs
        List<ClaimFacts> facts = new ArrayList<>();
        for (Claim c : sorted) {
            if (c.speaker().country() == null) continue;
            ClaimFacts f = ClaimFacts.of(c, byId, incidentOf, cues, sentenceOf.apply(c.articleId(), c.sentenceIndex()), reciprocity);
            if (!f.reciprocal()) facts.add(f);
        }
        // claims by speaker country and report date: across articles only claims a fortnight apart can be linked
        Map<String, TreeMap<LocalDate, List<ClaimFacts>>> bySpeaker = new HashMap<>();
        Map<String, List<ClaimFacts>> byIncident = new HashMap<>(), byArticle = new HashMap<>();
        for (ClaimFacts f : facts) {
            if (f.date() != null)
                bySpeaker.computeIfAbsent(f.speakerCountry(), k -> new TreeMap<>()).computeIfAbsent(f.date(), k -> new ArrayList<>()).add(f);
            byArticle.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f);
            for (String inc : f.incidents()) byIncident.computeIfAbsent(inc, k -> new ArrayList<>()).add(f);
        }
        Map<String, Contradiction> out = new LinkedHashMap<>();
        for (ClaimFacts a : facts) {
            Set<ClaimFacts> partners = new LinkedHashSet<>(byArticle.getOrDefault(a.article(), List.of()));
            if (a.aboutCountry() != null && a.date() != null && bySpeaker.containsKey(a.aboutCountry()))
                for (List<ClaimFacts> day : bySpeaker.get(a.aboutCountry())
                        .subMap(a.date().minusDays(WINDOW_DAYS), true, a.date().plusDays(WINDOW_DAYS), true).values())
                    partners.addAll(day);
            for (String inc : a.incidents()) partners.addAll(byIncident.getOrDefault(inc, List.of()));
            for (ClaimFacts b : partners) {
                if (b == a || Objects.equals(a.speakerCountry(), b.speakerCountry())) continue;
                if (!a.article().equals(b.article()) && SameText.same(a.sentenceKey(), b.sentenceKey())) continue;
                ClaimFacts first = earlier(a, b), second = first == a ? b : a;
                String id = id(first.claim().id(), second.claim().id());
                if (out.containsKey(id)) continue;
                Optional<ContradictionRules.Finding> f = rules.judge(first, second);
                if (f.isPresent()) out.put(id, new Contradiction(id, first.claim().id(), second.claim().id(),
                        sharedIncident(first, second), f.get().kind(), f.get().explanation(), f.get().score()));
            }
        }
        return bestPerSentencePair(out.values(), facts);
    }

    /**
     * One contradiction per pair of sentences (by text, whichever article printed them): reprints
     * of both sides, or two claims read from one sentence, add nothing. The best-scored is kept
     * (ties: the smallest id), and the list comes best first.
     */
    private static List<Contradiction> bestPerSentencePair(Iterable<Contradiction> found, List<ClaimFacts> facts) {
        Map<String, ClaimFacts> byClaim = new HashMap<>();
        for (ClaimFacts f : facts) byClaim.put(f.claim().id(), f);
        Comparator<Contradiction> best = Comparator.comparingDouble(Contradiction::score).reversed().thenComparing(Contradiction::id);
        Map<String, Contradiction> kept = new HashMap<>();
        for (Contradiction c : found) {
            String x = byClaim.get(c.claimA()).sentenceKey(), y = byClaim.get(c.claimB()).sentenceKey();
            String key = x.compareTo(y) <= 0 ? x + "\n" + y : y + "\n" + x;
            kept.merge(key, c, (p, q) -> best.compare(p, q) <= 0 ? p : q);
        }
        List<Contradiction> list = new ArrayList<>(kept.values());
        list.sort(best);
        return list;
    }

    /** The earlier claim by report date, then article, then sentence. */
    private static ClaimFacts earlier(ClaimFacts a, ClaimFacts b) {
        if (a.date() != null && b.date() != null && !a.date().equals(b.date())) return a.date().isBefore(b.date()) ? a : b;
        int art = a.article().compareTo(b.article());
        if (art != 0) return art < 0 ? a : b;
        if (a.sentence() != b.sentence()) return a.sentence() < b.sentence() ? a : b;
        return a.claim().id().compareTo(b.claim().id()) <= 0 ? a : b;
    }

    static String id(String claimA, String claimB) {
        return claimA.compareTo(claimB) <= 0 ? claimA + "~" + claimB : claimB + "~" + claimA;
    }

    private static String sharedIncident(ClaimFacts a, ClaimFacts b) {
        for (String i : a.incidents()) if (b.incidents().contains(i)) return i;
        return null;
    }
}
