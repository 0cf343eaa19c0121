package org.faultline.commitments;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.incidents.ArticleInfo;

/**
 * Reads commitment reports ({@link Signal}s) from coded events and from plain sentences.
 * <ul>
 *   <li>AGREE opens an agreement, or a proposal/pledge/demand when its trigger is such a cue
 *       ("proposes", "offered", "vowed"); proposed or hypothetical agreement is a proposal; a negated
 *       one ("has not been signed", "no deal was reached") a stall.</li>
 *   <li>REQUEST opens a demand (or a proposal when its trigger proposes).</li>
 *   <li>CONSULT proposed or hypothetical opens a meeting to be held; asserted it implements one.</li>
 *   <li>RETREAT, CONCEDE, AID, COOPERATE proposed open a pledge; asserted they implement one
 *       ("swapped prisoners" implements a prisoner exchange).</li>
 *   <li>REJECT rejects (or backs out when its trigger says so: "revoked", "pulled out of").</li>
 *   <li>Any sentence with a STALL or BACK_OUT cue ("talks have stalled", "was not valid") is a report too.</li>
 * </ul>
 * A report that would open a commitment must name a commitment object (a pact, talks, a withdrawal,
 * a corridor... the {@code obj} lines of {@code commitment-cues.tsv}) in its content or trigger:
 * generic appeals ("called on both sides to exercise restraint", "urged X to act") are dropped.
 */
final class SignalReader {
    private static final Set<Role> OPENING = EnumSet.of(Role.PROPOSE, Role.DEMAND, Role.PLEDGE, Role.AGREE);
    private static final Set<String> MATERIAL = Set.of("RETREAT", "CONCEDE", "AID", "COOPERATE");
    private static final Set<String> GENERIC = Set.of("proposal", "offer", "plan", "idea", "invitation", "invit", "initiative",
            "process", "move", "step", "decision", "propos", "call", "demand", "request", "appeal", "commitment", "pledge",
            "promise", "term", "condition", "it", "this", "that");

    private final CommitmentCues cues;

    SignalReader(CommitmentCues cues) {
        this.cues = cues;
    }

    List<Signal> read(List<Event> events, Map<String, ArticleInfo> articles, List<ReportSentence> sentences) {
        List<Signal> out = new ArrayList<>();
        Map<String, String> textBySentence = new HashMap<>();
        for (ReportSentence s : sentences) textBySentence.put(s.articleId() + "#" + s.sentenceIndex(), s.text());
        Map<String, List<Event>> bySentence = new HashMap<>();
        for (Event e : events) bySentence.computeIfAbsent(e.articleId() + "#" + e.sentenceIndex(), k -> new ArrayList<>()).add(e);
        int seq = 0;
        for (Event e : events) {
            textBySentence.putIfAbsent(e.articleId() + "#" + e.sentenceIndex(), e.evidence());
            Signal s = fromEvent(e, articles.get(e.articleId()), bySentence.get(e.articleId() + "#" + e.sentenceIndex()), seq++);
            if (s != null) out.add(s);
        }
        for (Map.Entry<String, String> en : textBySentence.entrySet()) {
            int hash = en.getKey().lastIndexOf('#');
            String articleId = en.getKey().substring(0, hash);
            int index = Integer.parseInt(en.getKey().substring(hash + 1));
            String previous = textBySentence.getOrDefault(articleId + "#" + (index - 1), "");
            Signal s = fromSentence(articleId, index, en.getValue(), previous, articles.get(articleId), seq++);
            if (s != null) out.add(s);
        }
        return out;
    }

    private Signal fromEvent(Event e, ArticleInfo info, List<Event> sentence, int seq) {
        Factuality f = e.factuality();
        boolean unreal = f == Factuality.PROPOSED || f == Factuality.HYPOTHETICAL;
        Role role;
        String kind = null;
        String type = e.cameo() != null && e.cameo().startsWith("057") ? "AGREE" : e.type(); // signing a formal agreement
        switch (type) {
            case "AGREE" -> {
                if (f == Factuality.NEGATED) role = Role.STALL; // "has not been signed", "no deal was reached"
                else {
                    role = cues.roleOfTrigger(e.trigger(), OPENING).orElse(Role.AGREE);
                    if (unreal && role == Role.AGREE) role = Role.PROPOSE;
                }
            }
            case "REQUEST" -> {
                if (f == Factuality.NEGATED || f == Factuality.HYPOTHETICAL) return null;
                role = cues.roleOfTrigger(e.trigger(), EnumSet.of(Role.PROPOSE, Role.DEMAND)).orElse(Role.DEMAND);
            }
            case "CONSULT" -> {
                if (f == Factuality.NEGATED) return null;
                Optional<Role> cue = cues.roleOfTrigger(e.trigger(), EnumSet.of(Role.PROPOSE));
                role = unreal || cue.isPresent() ? Role.PROPOSE : Role.IMPLEMENT;
                kind = "meeting";
            }
            case "REJECT" -> {
                if (f == Factuality.NEGATED || unreal) return null;
                role = cues.roleOfTrigger(e.trigger(), EnumSet.of(Role.BACK_OUT)).orElse(Role.REJECT);
            }
            default -> {
                if (!MATERIAL.contains(e.type()) || f == Factuality.NEGATED) return null;
                Optional<Role> cue = cues.roleOfTrigger(e.trigger(), OPENING);
                role = cue.orElse(unreal ? Role.PROPOSE : Role.IMPLEMENT);
                if (role == Role.PROPOSE && cue.isEmpty()) kind = "pledge";
            }
        }
        // "campaigned for their release", "demanded the withdrawal": hoped for, not done
        if (role == Role.IMPLEMENT && cues.appealedFor(e.evidence(), e.trigger())) return null;
        // "the court ordered X to guarantee ...": the court's order, not X's pledge
        Event order = role.opens() && role != Role.DEMAND ? orderOver(e, sentence) : null;
        if (order != null) {
            role = Role.DEMAND;
            kind = "order";
        }
        boolean triggerIsCue = cues.onlyCues(e.trigger());
        String content = ContentPhrase.of(e.evidence(), e.trigger(), triggerIsCue);
        if (!namesSomething(content)) content = "";
        Set<String> terms = specific(cues.contentTerms(content));
        if (role.opens() && terms.isEmpty()) return null; // nothing to track
        // a generic appeal ("act", "comply", "exercise restraint") names no object: not a commitment
        if (role.opens() && !cues.namesObject(e.trigger() + " " + content)) return null;
        List<Actor> parties = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Actor a : new Actor[] {e.source(), e.target()}) {
            if (a == null) continue;
            parties.add(a);
            if (a.country() != null) countries.add(a.country());
        }
        String date = e.date() != null ? e.date() : info != null && info.published() != null ? info.published().toString() : null;
        if (order != null) content = content + " (ordered by " + issuer(order) + ")";
        return new Signal(role, kind != null ? kind : role.kind(), parties, countries, content, terms, keyTerms(content),
                cues.contentTerms(e.evidence()), terms.isEmpty(), date, reportDay(info), e.articleId(), e.sentenceIndex(),
                seq, e.evidence(), e.id(), true, role.opens() && cues.refersBack(e.evidence()));
    }

    private Signal fromSentence(String articleId, int index, String text, String previous, ArticleInfo info, int seq) {
        Map<Role, Integer> roles = cues.rolesIn(text, EnumSet.of(Role.STALL, Role.BACK_OUT));
        roles.values().removeIf(at -> hedged(text, at));
        if (roles.isEmpty()) return null;
        Role role = roles.containsKey(Role.BACK_OUT) ? Role.BACK_OUT : Role.STALL;
        Set<String> terms = specific(cues.contentTerms(text));
        Set<String> context = new LinkedHashSet<>(terms);
        context.addAll(cues.contentTerms(previous));
        String date = info != null && info.published() != null ? info.published().toString() : null;
        return new Signal(role, role.kind(), List.of(), Set.of(), "", terms, Set.of(), context, true, date, reportDay(info),
                articleId, index, seq, text, articleId + "-" + index + "-s", false, false);
    }

    /**
     * The event of the same sentence that orders this one's actor to act ("the court ordered Moldova to
     * guarantee ..."): an order verb ({@code order} lines) before this trigger whose target is this event's
     * source; null when there is none.
     */
    private Event orderOver(Event e, List<Event> sentence) {
        if (sentence == null || e.source() == null || e.evidence() == null || e.trigger() == null) return null;
        String text = e.evidence().toLowerCase(java.util.Locale.ROOT);
        int at = text.indexOf(e.trigger().toLowerCase(java.util.Locale.ROOT));
        for (Event o : sentence) {
            if (o == e || o.target() == null || o.trigger() == null || !cues.isOrder(o.trigger())) continue;
            if (!sameActor(o.target(), e.source())) continue;
            int oat = text.indexOf(o.trigger().toLowerCase(java.util.Locale.ROOT));
            if (oat >= 0 && (at < 0 || oat < at)) return o;
        }
        return null;
    }

    private static boolean sameActor(Actor a, Actor b) {
        if (a.code() != null && a.code().equals(b.code())) return true;
        if (a.country() != null && a.country().equals(b.country())) return true;
        return a.text() != null && a.text().equalsIgnoreCase(b.text());
    }

    private static String issuer(Event order) {
        Actor a = order.source();
        if (a == null) return "another party";
        return a.name() != null && !a.name().isBlank() ? a.name() : a.text();
    }

    private static final Set<String> HEDGES = Set.of("if", "unless", "could", "would", "may", "might", "avoid", "prevent",
            "risk", "fear", "fears", "feared", "lest", "not", "never", "no");

    /** A cue under a condition, a modal or a negation within the ten words before it reports nothing ("if talks stall"). */
    private static boolean hedged(String text, int at) {
        String[] words = CommitmentCues.words(text);
        for (int i = Math.max(0, at - 10); i < at && i < words.length; i++) if (HEDGES.contains(words[i])) return true;
        return false;
    }

    /**
     * False for contents that name no thing: a lone verb form ("protecting", "ordering") or a clause
     * fragment ("is a part of ..."), which the trigger gives when its object was not found.
     */
    private static boolean namesSomething(String content) {
        String[] w = content.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) return false;
        if (Set.of("is", "are", "was", "were", "be", "been", "said", "says", "say").contains(w[0])) return false;
        return !(w.length == 1 && (w[0].endsWith("ing") || w[0].endsWith("ed")));
    }

    private Set<String> keyTerms(String content) {
        StringBuilder lower = new StringBuilder();
        for (String w : content.split("\\s+"))
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !cues.onlyCues(w)) lower.append(w).append(' '); // names and cue words do not say what
        return specific(cues.contentTerms(lower.toString()));
    }

    private static Set<String> specific(Set<String> terms) {
        Set<String> out = new LinkedHashSet<>(terms);
        out.removeAll(GENERIC);
        return out;
    }

    private static long reportDay(ArticleInfo info) {
        return info == null || info.published() == null ? Long.MIN_VALUE : info.published().toEpochDay();
    }
}
