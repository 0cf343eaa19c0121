package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.events.cameo.CameoEntry;
import org.faultline.events.patterns.Embed;
import org.faultline.nlp.DatePrecision;

/**
 * "X said (that) Y must do Z" is a demand by X on Y (CAMEO 10, PLOVER REQUEST) whether or not Z
 * is itself an event: the obligation carried by must/should under a reporting verb.
 */
final class ModalDemands {
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
    private static final Set<String> SPEECH_NOUNS = Set.of("reminder", "warning", "statement", "declaration", "message",
            "letter", "insistence", "position", "demand", "call");

    private ModalDemands() {}

    static List<Draft> find(CoderParts parts, ParseView pv, ActorFinder actors, LocalDate reportDate, List<Draft> existing) {
        List<Draft> out = new ArrayList<>();
        for (int k = 0; k < pv.size(); k++) {
            boolean speechNoun = pv.isNoun(k) && SPEECH_NOUNS.contains(pv.lemma(k)) && pv.gov(k) >= 0 && pv.isVerb(pv.gov(k));
            if (!pv.isVerb(k) && !speechNoun) continue;
            Embed e = speechNoun ? Embed.REPORTED : parts.factuality().embedOf(pv, k);
            if (e != Embed.REPORTED && e != Embed.ANNOUNCED) continue;
            for (int c : pv.children(k, "ccomp", "acl")) {
                if (!pv.hasChildLemma(c, OBLIGATION, "aux")) continue;
                // "X must be at the heart of ...", "Y should be a priority": what something ought to be is an opinion, not a demand for an act
                // ("must be ready to mediate" still asks for the act its complement names)
                if ((!pv.isVerb(c) || !pv.children(c, "cop").isEmpty()) && pv.children(c, "xcomp").isEmpty()) continue;
                // "issued a reminder to Iraq that it must ...": the speaker is whoever issued the words
                List<Integer> speakers = Clauses.agents(pv, speechNoun ? pv.gov(k) : k), doers = Clauses.agents(pv, c);
                if (speakers.isEmpty() || doers.isEmpty()) continue;
                List<ActorFinder.Found> src = actors.group(speakers.get(0));
                List<ActorFinder.Found> tgt = new ArrayList<>();
                for (int d : doers) tgt.addAll(actors.group(d));
                if (src.isEmpty() || tgt.isEmpty()) continue;
                CameoEntry entry = parts.builder().cameo().require("100");
                EventDater.Dated dated = EventDater.date(pv, k, k, reportDate);
                for (ActorFinder.Found s : src) for (ActorFinder.Found t : tgt) {
                    if (ActorFinder.sameActor(s.actor(), t.actor()) || java.util.Objects.equals(s.actor().country(), t.actor().country())) continue;
                    Draft d = new Draft(k, pv.word(k) + " " + pv.word(c), "REQUEST", null, List.of(), "100", entry.goldstein(),
                            entry.quad(), s.actor(), t.actor(), dated.date(), dated.precision() == null ? DatePrecision.UNKNOWN : dated.precision(),
                            null, Factuality.ASSERTED, null, t.inferred() || s.inferred() ? 0.6 : 0.7);
                    if (existing.stream().noneMatch(d::sameAs) && out.stream().noneMatch(d::sameAs)) out.add(d);
                }
            }
        }
        return out;
    }
}
