package org.faultline.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faultline.nlp.Dependency;

/**
 * Finds attributed statements in one parsed sentence from the dependency parse: a cue verb with
 * its subject as speaker and its clausal complement (or object) as content ("X said that ...",
 * "X countered that ...", "X accused Y of ...", "..., insisting that ..."), passive cues
 * ("Y was accused by X of ..."), "according to X", and cue nouns with a possessor or a
 * "by/from" speaker ("X's statement that ...").
 */
final class AttributionFinder {
    private static final String[] CONTENT = {"ccomp", "parataxis", "obj", "xcomp", "advcl:of", "obl:of", "obl:about",
            "obl:for", "obl:over", "obl:as", "nmod:of", "acl", "dep"};
    private static final Set<String> NOT_VERB_USE = Set.of("amod", "compound", "nmod", "obj", "nsubj");
    /** "according to the plan": documents and arrangements are not speakers. */
    private static final Set<String> NOT_SOURCES = Set.of("plan", "proposal", "agreement", "deal", "treaty", "law",
            "constitution", "resolution", "term", "rule", "schedule", "map", "roadmap", "timetable", "tradition", "custom");
    /** Objects that are the audience of a statement, not its content or target. */
    private static final Set<String> AUDIENCE = Set.of("reporter", "journalist", "press", "medium", "media", "audience",
            "crowd", "supporter", "lawmaker", "parliament", "listener", "viewer", "correspondent", "newspaper", "broadcaster",
            "agency", "outlet", "gathering", "conference", "briefing");
    /** Cues whose object is the addressee ("told X that", "assured X that"). */
    private static final Set<String> ADDRESSING = Set.of("tell", "inform", "assure", "reassure", "brief", "notify", "remind");
    private final CueBook cues;

    AttributionFinder(CueBook cues) {
        this.cues = cues;
    }

    List<Attribution> find(Parse p) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.token(i).isVerb()) verbCue(p, i).ifPresent(out::add);
            else if (p.token(i).isNoun()) {
                Optional<Attribution> n = nounCue(p, i);
                if (n.isEmpty()) n = mistaggedCue(p, i);
                n.ifPresent(out::add);
            }
        }
        for (int i = 0; i < p.size(); i++)
            for (Dependency d : p.arcs(i))
                if (d.relation().endsWith(":according_to") || d.relation().endsWith(":according")) according(p, i, d.dependent()).ifPresent(out::add);
        // a subjectless participle inside another statement's content ("said X was arming, threatening Y")
        // borrowed its subject from that content: it is part of what was said, not a statement of its own
        out.removeIf(a -> a.cueToken() >= 0 && p.token(a.cueToken()).isVerb() && p.child(a.cueToken(), "nsubj") < 0
                && out.stream().anyMatch(o -> o != a && o.content().get(a.cueToken()) && o.content().get(Math.max(a.speakerHead(), 0))));
        return out;
    }

    private Optional<Attribution> verbCue(Parse p, int v) {
        Optional<CueBook.Cue> cue = cues.verb(p.lemma(v));
        if (NOT_VERB_USE.contains(p.baseRel(v))) return Optional.empty();
        int prt = p.child(v, "compound:prt");
        if (prt >= 0 && cues.verb(p.lemma(v) + "_" + p.lemma(prt)).isPresent()) cue = cues.verb(p.lemma(v) + "_" + p.lemma(prt));
        int prepContent = -1;
        for (String prep : new String[] {"to", "at"})
            if (p.child(v, "obl:" + prep) >= 0 && cues.verb(p.lemma(v) + "_" + prep).isPresent()) {
                cue = cues.verb(p.lemma(v) + "_" + prep);
                prepContent = p.child(v, "obl:" + prep); // "pointed to signs of ...": what is pointed to is the content
            }
        if (cue.isEmpty()) return Optional.empty();
        // "called for", "called on": a demand, not a naming ("called it a provocation")
        for (String prep : new String[] {"for", "on", "upon"})
            if (p.child(v, "obl:" + prep) >= 0 && cues.verb(p.lemma(v) + "_" + prep).isPresent()) {
                cue = cues.verb(p.lemma(v) + "_" + prep);
                break;
            }
        boolean passive = p.child(v, "nsubj:pass", "aux:pass") >= 0;
        int speaker = passive ? p.child(v, "obl:agent", "obl:by") : subject(p, v);
        int object = passive ? p.child(v, "nsubj:pass") : p.child(v, "iobj", "obj");
        if (speaker < 0) return Optional.empty();
        // "Remarks from X reaffirm ...", "X's statement stressed ...": the statement's author speaks
        if (cues.noun(p.lemma(speaker)).isPresent()) {
            int author = p.child(speaker, "nmod:from", "nmod:poss", "nmod:by");
            if (author >= 0) speaker = author;
        }
        BitSet content = new BitSet();
        for (int c : p.children(v, CONTENT)) {
            if (c == speaker || p.dominates(c, speaker)) continue;
            if (p.baseRel(c).equals("obj") && (AUDIENCE.contains(p.lemma(c)) || ADDRESSING.contains(p.lemma(v)))) continue;
            content.or(p.subtree(c));
        }
        if (prepContent >= 0) content.or(p.subtree(prepContent));
        // "X accused Y of Z": the accused is part of what is claimed; "X told reporters": the audience is not
        if (object >= 0 && AUDIENCE.contains(p.lemma(object))) object = -1;
        if (object >= 0 && !passive && !ADDRESSING.contains(p.lemma(v))) content.or(p.subtree(object));
        if (passive && object >= 0) content.or(p.subtree(object));
        trim(p, content, v);
        if (content.cardinality() == 0) return Optional.empty();
        if (object >= 0 && !p.token(object).isNoun() && !p.token(object).pos().startsWith("PRP")) object = -1;
        return Optional.of(new Attribution(p.sentence.index(), v, cueText(p, v), cue.get(), speaker, null, null, content,
                text(p, content), false, object, passive));
    }

    /** nsubj of the verb, or of the verb it hangs from ("..., insisting that": advcl/xcomp/conj). */
    private int subject(Parse p, int v) {
        for (Dependency d : p.arcs(v))
            if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) return d.dependent();
        // a tangled parse ("... crisis.Armenian Prime Minister X said that"): the name right before the verb
        if (v > 0 && p.token(v - 1).pos().startsWith("NNP") && !p.baseRel(v - 1).startsWith("nsubj")) return v - 1;
        for (int k = v, step = 0; k >= 0 && step < 3; step++) {
            if (!Set.of("advcl", "xcomp", "conj", "dep").contains(p.baseRel(k))) return -1;
            k = p.gov(k);
            // only a statement's own participle shares its speaker ("dismissed it, insisting that"),
            // not a participle inside the content ("said X was arming, threatening Y")
            if (k < 0) return -1;
            for (Dependency d : p.arcs(k))
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) return d.dependent();
        }
        return -1;
    }

    private Optional<Attribution> nounCue(Parse p, int n) {
        Optional<CueBook.Cue> cue = cues.noun(p.lemma(n));
        if (cue.isEmpty()) return Optional.empty();
        int speaker = p.child(n, "nmod:poss", "nmod:by", "nmod:from");
        if (speaker < 0) return Optional.empty();
        BitSet content = new BitSet();
        for (int c : p.children(n, "acl", "ccomp", "nmod:of", "nmod:that", "nmod:about", "nmod:against", "nmod:over", "nmod:for"))
            if (c != speaker) content.or(p.subtree(c));
        // "Remarks from X reaffirm that ...": the cue noun is the subject, the predicate is the content
        if (content.isEmpty() && p.rel(n).equals("nsubj") && p.gov(n) >= 0) {
            content.or(p.subtree(p.gov(n)));
            content.andNot(p.subtree(n));
        }
        trim(p, content, n);
        if (content.cardinality() == 0) return Optional.empty();
        int object = p.child(n, "nmod:against");
        return Optional.of(new Attribution(p.sentence.index(), n, p.token(n).word(), cue.get(), speaker, null, null,
                content, text(p, content), false, object, false));
    }

    /**
     * "Name claims that ..." where the tagger read the cue as a plural noun and the parse fell
     * apart: a name, a cue verb in its third-person form, "that", then the content to the end.
     */
    private Optional<Attribution> mistaggedCue(Parse p, int i) {
        if (i == 0 || i + 2 >= p.size() || !p.lower(i + 1).equals("that")) return Optional.empty();
        String w = p.lower(i);
        if (!w.endsWith("s")) return Optional.empty();
        String base = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        Optional<CueBook.Cue> cue = cues.verb(base);
        if (cue.isEmpty()) cue = cues.verb(w.endsWith("es") ? w.substring(0, w.length() - 2) : base);
        String ner = p.token(i - 1).ner();
        if (cue.isEmpty() || !(ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY")
                || ner.equals("LOCATION") || p.token(i - 1).pos().startsWith("NNP"))) return Optional.empty();
        BitSet content = new BitSet();
        content.set(i + 2, p.size());
        trim(p, content, -1);
        if (content.cardinality() == 0) return Optional.empty();
        return Optional.of(new Attribution(p.sentence.index(), i, p.token(i).word(), cue.get(), i - 1, null, null,
                content, text(p, content), false, -1, false));
    }

    /** "according to X": the clause X's words belong to, without the "according to X" phrase. */
    private Optional<Attribution> according(Parse p, int governor, int speaker) {
        Optional<CueBook.Cue> cue = cues.verb("according_to");
        if (cue.isEmpty() || NOT_SOURCES.contains(p.lemma(speaker))) return Optional.empty();
        BitSet content = p.subtree(governor);
        content.andNot(p.subtree(speaker));
        int cueToken = -1;
        for (int i = 0; i < p.size() - 1; i++)
            if (p.lower(i).equals("according") && p.lower(i + 1).equals("to")) { cueToken = i; content.clear(i, i + 2); break; }
        trim(p, content, -1);
        if (content.cardinality() == 0) return Optional.empty();
        return Optional.of(new Attribution(p.sentence.index(), cueToken, "according to", cue.get(), speaker, null, null,
                content, text(p, content), false, -1, false));
    }

    /** Drops the cue, a leading complementiser and punctuation at the edges. */
    private static void trim(Parse p, BitSet content, int cue) {
        if (cue >= 0) content.clear(cue);
        for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(0)) {
            String pos = p.token(i).pos();
            if (p.lower(i).equals("that") && p.rel(i).equals("mark") || isPunct(pos)) content.clear(i); else break;
        }
        for (int i = content.length() - 1; i >= 0 && content.get(i) && isPunct(p.token(i).pos()); i--) content.clear(i);
    }

    private static boolean isPunct(String pos) {
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("``") || pos.equals("''")
                || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("HYPH");
    }

    /** The cue with its particle ("pointed out", "called for"). */
    private static String cueText(Parse p, int v) {
        int prt = p.child(v, "compound:prt");
        return prt > v ? p.token(v).word() + " " + p.token(prt).word() : p.token(v).word();
    }

    static String text(Parse p, BitSet content) {
        if (content.isEmpty()) return "";
        return p.text(content.nextSetBit(0), content.length() - 1);
    }
}
