package org.faultline.commitments;

import org.faultline.claims.SameText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.Actor;

/**
 * The ledger while it is being built (mutable, confined to one {@link CommitmentTracker#track} call).
 * <p>
 * Matching a report to an earlier commitment: the parties must be compatible (they share a country,
 * in either order, or one side names none; when both name two countries or more, they share two) and the content must agree — Jaccard of content terms
 * ≥ 0.5 (synonyms folded: "swapped prisoners" = "prisoner exchange"), or the smaller content wholly
 * inside the larger when the parties also overlap. A report whose content only points back ("rejected
 * the offer", "the process has been on hold") goes to the most recently touched commitment of the same
 * article within three sentences. Sentence reports (stall, back-out cues) match on the commitment's
 * terms found in the sentence and the one before it.
 * <p>
 * Within one article, a report that would open a commitment with the same kind and the same content
 * terms as an earlier one stated in the same sentence (a joint call by several parties), or whose
 * parties share an actor or a country, is the same commitment mentioned again: its parties and
 * sentence join that entry instead of listing it twice.
 * <p>
 * Deadlines ("by the end of the year", "within 30 days", see {@link Deadline}) are read from the
 * opening report and kept in the content; a matching report published after the deadline while the
 * commitment is still proposed or agreed moves it to stalled before its own transition applies.
 */
final class Ledger {
    private static final int NEAR_SENTENCES = 3;

    static final class Entry {
        final String id;
        final String kind;
        final String content;
        final Set<String> terms;
        final Set<String> keyTerms;
        final String openedArticle;
        final String openedDate;
        final Map<String, Actor> parties = new LinkedHashMap<>();
        final Set<String> countries = new LinkedHashSet<>();
        /** The countries of the opening report: who the commitment is between. */
        final Set<String> openCountries;
        final List<StatusChange> history = new ArrayList<>();
        final Set<String> sentences = new java.util.HashSet<>();
        String lastArticle;
        int lastSentence;
        Deadline deadline;

        Entry(Signal s) {
            id = "com-" + s.id();
            kind = s.kind();
            content = s.content();
            terms = s.terms();
            keyTerms = s.keyTerms().isEmpty() ? s.terms() : s.keyTerms();
            openedArticle = s.articleId();
            openedDate = s.date();
            openCountries = Set.copyOf(s.countries());
        }

        CommitmentStatus status() { return history.get(history.size() - 1).status(); }

        Commitment toCommitment() {
            String text = deadline == null || content.contains(deadline.phrase()) ? content : content + " " + deadline.phrase();
            return new Commitment(id, kind, new ArrayList<>(parties.values()), text,
                    history.get(0).date(), status(), history);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void apply(Signal s) {
        Entry reprinted = reprinted(s);
        if (reprinted != null) { // the same sentence printed again (wire copy, a near-duplicate article): one report
            touch(reprinted, s);
            return;
        }
        Entry restated = s.restates() ? lastOfArticle(s) : null;
        if (restated != null) { // "Under the deal, X will free ...": the terms of the commitment just reported
            touch(restated, s);
            return;
        }
        Entry match = s.role().opens() ? duplicate(s) : null;
        if (match != null) { // the same commitment mentioned again in the same article: one entry
            touch(match, s);
            return;
        }
        match = match(s);
        if (match == null) {
            if (!s.role().opens()) return; // a status report about nothing we track
            Entry e = new Entry(s);
            e.deadline = Deadline.find(s.evidence(), s.date());
            e.history.add(s.change(s.role().status()));
            touch(e, s);
            entries.add(e);
            return;
        }
        if (match.deadline == null && s.role().opens()) match.deadline = Deadline.find(s.evidence(), s.date());
        if (overdue(match, s)) match.history.add(s.change(CommitmentStatus.STALLED));
        CommitmentStatus next = Transitions.next(match.status(), s.role());
        if (next != null) match.history.add(s.change(next));
        touch(match, s);
    }

    /**
     * A report about a proposed or agreed commitment published after its deadline, that does not
     * itself report it done, says the deadline passed without implementation: stalled.
     */
    private static boolean overdue(Entry e, Signal s) {
        if (e.deadline == null || s.reportDay() == Long.MIN_VALUE || s.reportDay() <= e.deadline.day().toEpochDay()) return false;
        CommitmentStatus now = e.status();
        return (now == CommitmentStatus.PROPOSED || now == CommitmentStatus.AGREED) && s.role() != Role.IMPLEMENT;
    }

    List<Commitment> commitments() {
        List<Commitment> out = new ArrayList<>(entries.size());
        for (Entry e : entries) out.add(e.toCommitment());
        return out;
    }

    private static void touch(Entry e, Signal s) {
        for (Actor a : s.parties()) {
            if (e.parties.size() < 6) e.parties.putIfAbsent(key(a), a);
        }
        e.countries.addAll(s.countries());
        e.sentences.add(s.articleId() + "#" + s.sentenceIndex());
        e.lastArticle = s.articleId();
        e.lastSentence = s.sentenceIndex();
    }

    /**
     * An entry of the same article and kind with the same normalised content (equal term sets) that
     * was stated in the same sentence or whose parties share an actor or a country with the report's, or null.
     */
    private Entry duplicate(Signal s) {
        if (s.terms().isEmpty()) return null;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (!e.openedArticle.equals(s.articleId()) || !e.kind.equals(s.kind()) || !e.terms.equals(s.terms())) continue;
            if (e.sentences.contains(s.articleId() + "#" + s.sentenceIndex())) return e; // "X and Y called for ...": one joint demand
            if (intersects(s.countries(), e.countries)) return e;
            for (Actor a : s.parties()) if (e.parties.containsKey(key(a))) return e;
        }
        return null;
    }

    /**
     * The entry one of whose reports is this report's sentence printed again in another article
     * ({@link SameText}: the same words, or nearly), or null. A reprint neither opens a second entry
     * nor moves the status a second time.
     */
    private Entry reprinted(Signal s) {
        String key = SameText.key(s.evidence());
        if (key.isEmpty()) return null;
        for (Entry e : entries)
            for (StatusChange c : e.history)
                if (!c.articleId().equals(s.articleId()) && SameText.same(key, SameText.key(c.evidence()))) return e;
        return null;
    }

    /** The entry last touched in the report's article within {@value #NEAR_SENTENCES} sentences before it, or null. */
    private Entry lastOfArticle(Signal s) {
        Entry best = null;
        for (Entry e : entries)
            if (s.articleId().equals(e.lastArticle) && e.lastSentence <= s.sentenceIndex()
                    && s.sentenceIndex() - e.lastSentence <= NEAR_SENTENCES && (best == null || e.lastSentence > best.lastSentence))
                best = e;
        return best;
    }

    private static String key(Actor a) {
        return a.code() != null ? a.code() : a.country() != null ? a.country() : a.name();
    }

    private Entry match(Signal s) {
        Entry best = null;
        double bestScore = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (!s.role().opens() && e.sentences.contains(s.articleId() + "#" + s.sentenceIndex())) continue; // a sentence does not move what it states
            boolean overlap = intersects(s.countries(), e.countries);
            if (!s.countries().isEmpty() && !e.countries.isEmpty() && !overlap) continue;
            // two pairs of parties sharing one country are two relations: Russia's dialogue with Armenia is not
            // carried on by talks between Armenia and Azerbaijan
            if (s.fromEvent() && s.countries().size() >= 2 && e.openCountries.size() >= 2 && common(s.countries(), e.openCountries) < 2)
                continue;
            boolean near = s.articleId().equals(e.lastArticle) && s.sentenceIndex() >= e.lastSentence
                    && s.sentenceIndex() - e.lastSentence <= NEAR_SENTENCES;
            if (s.role() == Role.IMPLEMENT && !laterThanOpening(s, e)) continue;
            double sim = s.fromEvent() ? similarity(s.terms(), e.terms, overlap) : containment(e.keyTerms, s.context());
            boolean ok = s.fromEvent() ? sim >= 0.5 || s.generic() && near : sim >= 0.6 || near && sim > 0;
            if (!ok) continue;
            double score = sim + (near ? 0.3 : 0) + (overlap ? 0.2 : 0) + 1e-6 * i; // later entries win ties
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Implementation is reported after the commitment: in a later article, or dated after it. The
     * article that reports a proposal mostly refers back to the same talks when it mentions them again.
     */
    private static boolean laterThanOpening(Signal s, Entry e) {
        // an act the text dates before the commitment was made ("soldiers captured in 2020") cannot carry it out
        if (s.date() != null && e.openedDate != null) {
            int n = Math.min(s.date().length(), e.openedDate.length());
            if (s.date().substring(0, n).compareTo(e.openedDate.substring(0, n)) < 0) return false;
        }
        if (!s.articleId().equals(e.openedArticle)) return true;
        return s.date() != null && e.openedDate != null && s.date().compareTo(e.openedDate) > 0
                && s.date().length() == e.openedDate.length();
    }

    /** Jaccard; a content wholly inside the other counts as a match when the parties overlap too. */
    private static double similarity(Set<String> a, Set<String> b, boolean partiesOverlap) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String t : a) if (b.contains(t)) common++;
        double jaccard = (double) common / (a.size() + b.size() - common);
        if (partiesOverlap && common == Math.min(a.size(), b.size())) return Math.max(jaccard, 0.5);
        return jaccard;
    }

    private static double containment(Set<String> commitment, Set<String> sentence) {
        if (commitment.isEmpty()) return 0;
        int common = 0;
        for (String t : commitment) if (sentence.contains(t)) common++;
        return (double) common / commitment.size();
    }

    private static int common(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) if (b.contains(x)) n++;
        return n;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }
}
