package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.events.Candidate.Outcome;
import org.faultline.events.patterns.Embed;
import org.faultline.nlp.Sentence;

/**
 * Codes one sentence: finds triggers, drops those that are part of another event, reads roles
 * and factuality for the rest, and records a {@link Candidate} for every word it considered.
 */
final class SentencePass {
    private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "get", "become", "seem", "remain");

    private static final CoderWords LISTS = CoderWords.bundled();
    private final CoderParts parts;
    private final ParseView pv;
    private final LocalDate reportDate;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<Integer, Trigger> triggers = new HashMap<>();
    private final Set<Integer> cues = new HashSet<>();

    private final ActorFinder actors;
    private final Absorption absorption;

    SentencePass(CoderParts parts, Sentence sentence, LocalDate reportDate, PreviousActors previous) {
        this.parts = parts;
        this.pv = new ParseView(sentence);
        this.reportDate = reportDate;
        this.actors = new ActorFinder(parts.resolver(), pv, reportDate, previous);
        actors.speaker(speakerToken());
        this.absorption = new Absorption(pv, triggers);
    }

    /** The subject of a reporting verb outside any quote's clause ("..., Pashinyan said"), for "we" and "our". */
    private int speakerToken() {
        for (int k = 0; k < pv.size(); k++) {
            if (!pv.isVerb(k) || !Embeds.isReporting(parts.book(), pv, k)) continue;
            for (int s : pv.children(k, "nsubj")) if (!pv.isPronoun(s)) return s;
        }
        return -1;
    }

    List<Candidate> candidates() { return candidates; }

    List<Draft> run() {
        findTriggers();
        Set<Integer> eventNouns = new HashSet<>();
        for (Trigger t : triggers.values()) if (t.nominal()) eventNouns.add(t.token());
        Set<Integer> intentSuppressed = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < pv.size(); i++) {
            Trigger tr = triggers.get(i);
            if (tr == null) continue;
            String absorbedBy = absorption.absorbedBy(tr);
            if (absorbedBy != null) { report(tr, Outcome.ABSORBED, absorbedBy); continue; }
            int clause = clauseOf(tr);
            Reading reading = parts.factuality().read(pv, i, clause);
            Trigger host = tr.nominal() ? triggers.get(pv.gov(i)) : null;
            if (host != null && host.pattern().type().equals("ACCUSE")) { // "France condemned Azerbaijan's assault": France's word
                List<Integer> accusers = Clauses.agents(pv, host.token());
                reading = new Reading(Factuality.REPORTED, accusers.isEmpty() ? -1 : accusers.get(0), host.token(), -1, false, false);
            }
            if (reading.isIntent() && triggers.containsKey(reading.intent())) intentSuppressed.add(reading.intent());
            RoleFinder.Roles roles = parts.roles().find(pv, actors, tr, eventNouns);
            if (roles.sources().isEmpty() && roles.targets().isEmpty()) {
                report(tr, Outcome.REJECTED, "no actor resolved for source (" + describe(Clauses.agents(pv, tr.nominal() ? clause : i))
                        + ") or target");
                continue;
            }
            Actor claimedBy = claimant(reading);
            List<Draft> made = parts.builder().build(pv, actors, tr, clause, roles, reading, claimedBy, reportDate);
            if (made.isEmpty()) { report(tr, Outcome.REJECTED, "source and target are the same actor"); continue; }
            boolean background = absorption.isBackground(tr, clause);
            made.removeIf(d -> background ? !hasCountry(d.source()) : !(hasCountry(d.source()) || hasCountry(d.target()) || placedAct(d)));
            if (made.isEmpty()) {
                report(tr, Outcome.REJECTED, background
                        ? "background clause (relative, participle or temporal): coded only when its source is known with a country"
                        : "neither actor is known with a country, nor is it violence, protest or coercion at a named place (" + describeRoles(roles) + ")");
                continue;
            }
            // a verbal act is someone's words: without a speaker it is no event ("the treaty agreed in that era"); acts of
            // force and authority (list "victim" of coder-words.tsv) are news with the doer unknown ("a policeman was killed")
            made.removeIf(d -> d.source() == null && !LISTS.covers("victim", d.type(), d.cameo()));
            if (made.isEmpty()) {
                report(tr, Outcome.REJECTED, "no source: only acts of list 'victim' are coded with a target alone (" + describeRoles(roles) + ")");
                continue;
            }
            // a rally held by those in power or running for it, aimed at no one abroad, is campaigning, not a protest
            made.removeIf(d -> "rally".equals(pv.lemma(d.token())) && "PROTEST".equals(d.type()) && isRuling(d.source())
                    && (d.target() == null || java.util.Objects.equals(d.target().country(), d.source().country())));
            if (made.isEmpty()) {
                report(tr, Outcome.REJECTED, "a rally held by a government or political leader at home is not a protest (" + describeRoles(roles) + ")");
                continue;
            }
            // a visit is to someone or somewhere with a government: "officials who arrived at his home" visited no one
            made.removeIf(d -> "visit".equals(d.mode()) && d.target() == null);
            // a visit is made by someone who represents a state or body: migrants or reporters arriving somewhere visit no one
            made.removeIf(d -> "visit".equals(d.mode()) && d.source() != null
                    && inList("unofficial", d.source().sector()));
            if (made.isEmpty()) {
                report(tr, Outcome.REJECTED, "a visit needs someone visited and a visitor who represents a state or body: arriving or visiting is coded only then (" + describeRoles(roles) + ")");
                continue;
            }
            for (Draft d : made) if (drafts.stream().noneMatch(d::sameAs)) drafts.add(d);
            report(tr, Outcome.CODED, made.get(0).type() + " " + made.get(0).cameo() + " " + made.get(0).factuality().label()
                    + " " + dyads(made));
        }
        if (!intentSuppressed.isEmpty()) {
            drafts.removeIf(d -> intentSuppressed.contains(d.token()));
            candidates.replaceAll(c -> intentSuppressed.contains(c.token()) && c.outcome() == Outcome.CODED
                    ? new Candidate(c.token(), c.word(), c.lemma(), Outcome.ABSORBED, "promise/plan coded on the act it announces", c.pattern()) : c);
        }
        drafts.addAll(ModalDemands.find(parts, pv, actors, reportDate, drafts));
        drafts = BlameTransfer.apply(pv, drafts);
        candidates.sort(java.util.Comparator.comparingInt(Candidate::token));
        return drafts;
    }

    private void findTriggers() {
        Set<Integer> consumed = new HashSet<>();
        for (int i = 0; i < pv.size(); i++) {
            TriggerMatcher.Lookup lookup = parts.matcher().match(pv, i);
            if (lookup.trigger() != null) {
                Trigger t = lookup.trigger();
                if (t.pattern().isCue()) {
                    cues.add(i);
                    if (pv.isVerb(i) || pv.isNoun(i)) candidates.add(new Candidate(i, pv.word(i), pv.lemma(i), Outcome.CUE,
                            "cue word: embedded events read as " + t.pattern().embed().name().toLowerCase(java.util.Locale.ROOT), t.pattern().describe()));
                } else {
                    triggers.put(i, t);
                    consumed.addAll(t.consumed());
                }
            } else if (lookup.known()) {
                candidates.add(new Candidate(i, pv.word(i), pv.lemma(i), Outcome.REJECTED, "no pattern's conditions met: " + lookup.whyNot(), null));
            } else if (pv.isVerb(i) && !AUXILIARY.contains(pv.lemma(i)) && !pv.baseRel(i).equals("aux") && !pv.baseRel(i).equals("cop")) {
                candidates.add(new Candidate(i, pv.word(i), pv.lemma(i), Outcome.REJECTED, "no pattern for verb '" + pv.lemma(i) + "'", null));
            }
        }
        for (int c : consumed) {
            Trigger t = triggers.remove(c);
            if (t != null) report(t, Outcome.ABSORBED, "part of the phrase of another trigger");
        }
    }

    /** Those in power or running for it: a government, its leaders, the political elite. */
    private static boolean isRuling(Actor a) {
        return a != null && inList("ruling", a.sector());
    }

    /** Whether a sector code is in a sector list of coder-words.tsv (kept lower case there). */
    private static boolean inList(String list, String sector) {
        return sector != null && LISTS.list(list).contains(sector.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasCountry(Actor a) { return a != null && a.country() != null; }

    /** Violence, protest or coercion at a named place (list "placed"): news where it happens, whoever the actors are. */
    private static boolean placedAct(Draft d) {
        return d.location() != null && LISTS.covers("placed", d.type(), d.cameo());
    }

    private String describeRoles(RoleFinder.Roles roles) {
        List<String> parts = new ArrayList<>();
        for (ActorFinder.Found f : roles.sources()) parts.add("source '" + f.actor().text() + "'");
        for (ActorFinder.Found f : roles.targets()) parts.add("target '" + f.actor().text() + "'");
        return String.join(", ", parts);
    }

    /** The clause a trigger belongs to: itself for verbs, the governing verb for an event noun used as its argument. */
    private int clauseOf(Trigger tr) {
        if (!tr.nominal()) return tr.token();
        int g = pv.gov(tr.token());
        int partitive = NominalRoles.partitiveVerb(pv, tr.token());
        if (partitive >= 0) return partitive;
        String base = pv.baseRel(tr.token());
        if (g >= 0 && (pv.isVerb(g) || pv.isAdjective(g)) && Set.of("obj", "obl", "xcomp", "nsubj").contains(base)) return g;
        // "the invitation might be a ruse": the copular predicate carries the clause
        if (g >= 0 && base.equals("nsubj") && !pv.children(g, "cop").isEmpty()) return g;
        return tr.token();
    }

    private Actor claimant(Reading reading) {
        if (reading.claimant() < 0) return null;
        List<ActorFinder.Found> found = actors.group(reading.claimant());
        if (!found.isEmpty()) return found.get(0).actor();
        String text = pv.phrase(reading.claimant());
        return text.isBlank() ? null : new Actor(text, text, null, null, null, null);
    }

    private String describe(List<Integer> tokens) {
        if (tokens.isEmpty()) return "no subject in the parse";
        List<String> words = new ArrayList<>();
        for (int t : tokens) words.add("'" + pv.phrase(t) + "' unknown to the actor dictionary");
        return String.join(", ", words);
    }

    private static String dyads(List<Draft> made) {
        List<String> parts = new ArrayList<>();
        for (Draft d : made) parts.add(code(d.source()) + "->" + code(d.target()));
        return String.join(", ", parts);
    }

    private static String code(Actor a) { return a == null ? "?" : a.code() != null ? a.code() : a.text(); }

    private void report(Trigger t, Outcome outcome, String reason) {
        candidates.removeIf(c -> c.token() == t.token());
        candidates.add(new Candidate(t.token(), pv.word(t.token()), pv.lemma(t.token()), outcome, reason, t.pattern().describe()));
    }
}
