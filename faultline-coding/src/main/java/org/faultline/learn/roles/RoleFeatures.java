package org.faultline.learn.roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;
import org.faultline.nlp.Token;

/**
 * Turns one candidate phrase head, seen from one predicate, into named binary features: its word,
 * part of speech, entity class and shape; its relation, preposition and governor; the dependency
 * path to the predicate and the side it stands on; passive voice and by-agents; the predicate's
 * lemma and frame (which arguments it has); and what the actor dictionary makes of it. Needs an {@link ActorResolver} (or null to leave the dictionary out);
 * gives a sorted, duplicate-free list, so the same input always gives the same features.
 */
public final class RoleFeatures {
    private static final int MAX_HOPS = 4;
    private final ActorResolver resolver;

    /** @param resolver the actor dictionary, or null for features without it */
    public RoleFeatures(ActorResolver resolver) { this.resolver = resolver; }

    /**
     * @param candidate a phrase head ({@link Phrases#heads})
     * @param predicate the event's predicate: the parse root when training, the trigger when coding
     * @param rank      the candidate's position among the sentence's candidates (0 = first)
     */
    public List<String> of(DepTree t, int candidate, int predicate, int rank, LocalDate date) {
        TreeSet<String> f = new TreeSet<>();
        Token tok = t.token(candidate);
        String rel = t.rel(candidate);
        String effective = rel;
        int c = candidate;
        // "France and Germany condemned": a conjunct plays its first conjunct's part
        for (int guard = 0; effective.equals("conj") && t.head(c) >= 0 && guard < 5; guard++) { c = t.head(c); effective = t.rel(c); }
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        String prep = t.caseMarker(candidate);
        if (prep == null && c != candidate) prep = t.caseMarker(c);
        f.add("w=" + lemma);
        f.add("pos=" + tok.pos());
        f.add("ner=" + tok.ner());
        f.add("shape=" + shape(tok.word()));
        f.add("rel=" + effective);
        if (c != candidate) f.add("conj");
        f.add("case=" + prep);
        f.add("rel+case=" + effective + "|" + prep);
        int gov = t.head(c);
        f.add("gov.pos=" + (gov < 0 ? "ROOT" : t.token(gov).pos()));
        f.add("gov.w=" + (gov < 0 ? "ROOT" : t.token(gov).lemma().toLowerCase(Locale.ROOT)));
        f.add("gov.rel=" + (gov < 0 ? "ROOT" : t.rel(gov)));
        f.add("ner+case=" + tok.ner() + "|" + prep);
        f.add("pos+rel=" + tok.pos() + "|" + effective);
        f.add("rank=" + Math.min(rank, 3));
        phrase(t, candidate, f);
        String path = path(t, candidate, predicate);
        f.add("path=" + path);
        f.add("path+case=" + path + "|" + prep);
        f.add("side=" + (candidate < predicate ? "before" : candidate > predicate ? "after" : "at"));
        f.add("dist=" + bucket(Math.abs(candidate - predicate)));
        String pred = t.token(predicate).lemma().toLowerCase(Locale.ROOT);
        boolean passive = t.passive(predicate);
        f.add("voice=" + (passive ? "passive" : "active") + "|" + path);
        f.add("pred+path=" + pred + "|" + path);
        f.add("pred.pos=" + t.token(predicate).pos());
        f.add("pred+case=" + pred + "|" + prep);
        // the same on every candidate of the sentence: they let the model learn whether this predicate,
        // with this frame, has a target at all (a sentence-level prior the per-candidate features lack)
        f.add("pred=" + pred);
        for (String r : frame(t, predicate)) f.add("pred.has=" + r);
        int inner = complement(t, predicate);
        if (inner >= 0) { // "X said Y attacked Z": the roles may sit on the reported clause
            String path2 = path(t, candidate, inner);
            f.add("path2=" + path2);
            f.add("path2+case=" + path2 + "|" + prep);
            f.add("side2=" + (candidate < inner ? "before" : candidate > inner ? "after" : "at"));
            f.add("pred2+path2=" + t.token(inner).lemma().toLowerCase(Locale.ROOT) + "|" + path2);
        }
        if ("by".equals(prep) && (passive || t.token(t.head(c) < 0 ? c : t.head(c)).pos().equals("VBN"))) f.add("agent");
        dictionary(t, candidate, date, f);
        return List.copyOf(f);
    }

    /** The predicate's frame: its argument relations, sorted and without repeats ("nsubj,obj,obl:against"). */
    private static TreeSet<String> frame(DepTree t, int predicate) {
        TreeSet<String> rels = new TreeSet<>();
        for (int c : t.children(predicate)) {
            String r = t.baseRel(c);
            if (r.equals("nsubj")) rels.add(t.rel(c)); // nsubj:pass kept apart: a passive frame's subject is the one acted on
            else if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp")) rels.add(r);
            else if (r.equals("obl")) rels.add("obl:" + t.caseMarker(c));
        }
        return rels;
    }

    /** The first clausal complement of the predicate ("said [that ...]", "threatened [to attack]"), or -1. */
    private static int complement(DepTree t, int predicate) {
        for (int c : t.children(predicate)) if ((t.rel(c).equals("ccomp") || t.rel(c).equals("xcomp")) && t.token(c).isVerb()) return c;
        return -1;
    }

    /** Entity classes and determiners inside the phrase ("the Croatian government": NATIONALITY, the). */
    private static void phrase(DepTree t, int head, TreeSet<String> f) {
        GoldSpan span = Phrases.span(t, head, RoleLabel.SOURCE);
        for (int k = span.start(); k < span.end(); k++) {
            if (k == head) continue;
            Token m = t.token(k);
            if (!m.ner().equals("O")) f.add("mod.ner=" + m.ner());
            if (t.rel(k).startsWith("det")) f.add("mod.det=" + m.lemma().toLowerCase(Locale.ROOT));
            if (t.rel(k).equals("nmod:poss")) f.add("mod.poss");
            if (t.rel(k).equals("amod") || t.rel(k).equals("compound")) f.add("mod.w=" + m.lemma().toLowerCase(Locale.ROOT));
        }
    }

    /** What the actor dictionary says of the phrase: a country actor, a sector-only actor or nothing. */
    private void dictionary(DepTree t, int head, LocalDate date, TreeSet<String> f) {
        if (resolver == null) return;
        List<Actor> actors;
        try {
            actors = resolver.resolveAll(t.sentence(), head, date);
        } catch (RuntimeException e) { // a dictionary problem is no evidence either way
            actors = List.of();
        }
        Optional<Actor> first = actors.stream().findFirst();
        if (first.isEmpty()) { f.add("actor=none"); return; }
        Actor a = first.get();
        f.add(a.country() != null ? "actor=country" : "actor=sector");
        if (a.sector() != null) f.add("actor.sector=" + a.sector());
    }

    /** Relations up from the candidate to the lowest common ancestor, then down to the predicate ("nsubj^", "obl^obj^v"). */
    static String path(DepTree t, int from, int to) {
        if (from == to) return "self";
        List<Integer> up = t.ancestors(from), down = t.ancestors(to);
        int lca = -1, upHops = 0;
        for (int k = 0; k < up.size(); k++) if (down.contains(up.get(k))) { lca = up.get(k); upHops = k; break; }
        if (lca < 0) return "none";
        int downHops = down.indexOf(lca);
        if (upHops > MAX_HOPS || downHops > MAX_HOPS) return "far";
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < upHops; k++) sb.append(t.baseRel(up.get(k))).append('^');
        for (int k = downHops - 1; k >= 0; k--) sb.append('v').append(t.baseRel(down.get(k)));
        return sb.toString();
    }

    /** Xxxx, XX, x.x., dd: the look of a word, which marks names and acronyms. */
    static String shape(String word) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length() && sb.length() < 6; i++) {
            char ch = word.charAt(i);
            char s = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (s != last) sb.append(s);
            last = s;
        }
        return sb.toString();
    }

    private static String bucket(int d) {
        return d <= 1 ? "1" : d <= 3 ? "2-3" : d <= 6 ? "4-6" : d <= 10 ? "7-10" : "11+";
    }
}
