package org.faultline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Fast, read-only navigation of one sentence's dependency graph (enhanced++ or basic UD): tree
 * head per token, all outgoing arcs per token, lower-case lemmas. Built once per sentence.
 */
final class ParseView {
    /** Relation subtypes that are not prepositions ("obl:tmod", "nmod:poss", "nsubj:pass", ...). */
    private static final Set<String> NON_PREP_SUBTYPES = Set.of("tmod", "npmod", "poss", "pass", "agent", "relcl",
            "prt", "xsubj", "and", "or", "but", "nor", "outpass", "preconj", "predet", "unmarked", "sp");

    final Sentence sentence;
    private final List<Token> tokens;
    private final String[] lemmas;
    private final Dependency[] head;
    private final List<List<Dependency>> out;

    ParseView(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        lemmas = new String[n];
        head = new Dependency[n];
        out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lemmas[i] = t.lemma().toLowerCase(Locale.ROOT);
            out.add(new ArrayList<>(3));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) continue;
            if (head[d.dependent()] == null) head[d.dependent()] = d; // tree arc comes first
            if (d.governor() >= 0) out.get(d.governor()).add(d);
        }
    }

    int size() { return tokens.size(); }
    Token token(int i) { return tokens.get(i); }
    String lemma(int i) { return lemmas[i]; }
    String word(int i) { return tokens.get(i).word(); }
    String lowerWord(int i) { return tokens.get(i).word().toLowerCase(Locale.ROOT); }
    boolean isVerb(int i) { return tokens.get(i).isVerb(); }
    boolean isNoun(int i) { return tokens.get(i).isNoun(); }
    boolean isAdjective(int i) { return tokens.get(i).pos().startsWith("JJ"); }
    /**
     * Whether token {@code i} stands inside quotation marks opened earlier in the sentence (the
     * tagger marks opening and closing quotes as {@code ``} and {@code ''}; a possessive
     * apostrophe is {@code POS}, so "the countries' leaders" does not open a quote).
     */
    boolean insideQuote(int i) {
        boolean open = false;
        for (int k = 0; k < i && k < tokens.size(); k++) {
            String tag = tokens.get(k).pos();
            if (tag.equals("``")) open = true;
            else if (tag.equals("''")) open = false;
        }
        return open;
    }

    boolean isPronoun(int i) { return tokens.get(i).pos().startsWith("PRP") || tokens.get(i).pos().startsWith("WP"); }

    /** Tree head of a token, or -1 for the root (or an unattached token). */
    int gov(int i) { return head[i] == null ? -1 : head[i].governor(); }

    /** Full tree relation of a token ("obl:on"), "root" if none. */
    String rel(int i) { return head[i] == null ? "root" : head[i].relation(); }

    /** Base tree relation ("obl"). */
    String baseRel(int i) { return head[i] == null ? "root" : head[i].baseRelation(); }

    List<Dependency> arcs(int i) { return out.get(i); }

    /** Dependents of i whose relation equals one of the given relations or starts with it plus ':'. */
    List<Integer> children(int i, String... relations) {
        List<Integer> res = new ArrayList<>(2);
        for (Dependency d : out.get(i)) if (matches(d.relation(), relations) && !res.contains(d.dependent())) res.add(d.dependent());
        return res;
    }

    int firstChild(int i, String... relations) {
        for (Dependency d : out.get(i)) if (matches(d.relation(), relations)) return d.dependent();
        return -1;
    }

    boolean hasChildLemma(int i, Set<String> lemmaSet, String... relations) {
        for (Dependency d : out.get(i)) if (matches(d.relation(), relations) && lemmaSet.contains(lemmas[d.dependent()])) return true;
        return false;
    }

    static boolean matches(String relation, String... relations) {
        for (String r : relations) {
            if (relation.equals(r)) return true;
            if (relation.length() > r.length() && relation.startsWith(r) && relation.charAt(r.length()) == ':'
                    && !r.contains(":")) return true;
        }
        return false;
    }

    /**
     * The preposition or marker introducing token i ("for" in "call for talks", "to" in "agree to meet"):
     * the relation's subtype when it is a preposition, else its case/mark child. Null when none.
     */
    String prep(int i) {
        String r = rel(i);
        int colon = r.indexOf(':');
        if (colon > 0) {
            String sub = r.substring(colon + 1);
            if (!NON_PREP_SUBTYPES.contains(sub)) return sub.replace('_', ' ');
        }
        for (Dependency d : out.get(i)) {
            String rr = d.relation();
            if (rr.equals("case") || rr.equals("mark")) return lemmas[d.dependent()];
        }
        return null;
    }

    /** True for passive clauses: an aux:pass or nsubj:pass dependent. */
    boolean isPassive(int v) {
        for (Dependency d : out.get(v)) if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) return true;
        return reducedPassive(v);
    }

    /**
     * A past participle the tagger read as an active past tense: "fishermen detained at sea by
     * the coast guard attend ..." comes out as "fishermen detained" with "by the coast guard" as a
     * plain oblique. A past-tense verb with no object and a "by" phrase naming people or an
     * organisation is passive: the by-phrase acts, the subject is acted on.
     */
    private static final Set<String> AGENT_ENTITIES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "LOCATION", "MISC");

    private boolean reducedPassive(int v) {
        String pos = tokens.get(v).pos();
        if (!pos.equals("VBD") && !pos.equals("VBN")) return false;
        // "with 14 people accused of ...", "statements released by regulators": a dependent past participle with a
        // subject, no auxiliary and no object is passive; a root one may be a simple past the tagger misread
        if (pos.equals("VBN") && head[v] != null && !baseRel(v).equals("root") && !baseRel(v).equals("conj")) {
            boolean aux = false, subject = false, object = false;
            for (Dependency d : out.get(v)) {
                String r = d.relation();
                if (r.startsWith("aux")) aux = true;
                if (r.equals("nsubj")) subject = true;
                if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp")) object = true;
            }
            if (subject && !aux && !object) return true;
        }
        boolean byAgent = false;
        for (Dependency d : out.get(v)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp")) return false;
            if ((r.equals("obl") || r.startsWith("obl:")) && "by".equals(prep(d.dependent())) && namesAgent(d.dependent())) byAgent = true;
        }
        return byAgent;
    }

    /** "by protesters", "by Peru", "by the Peruvian coast guard": the head or a modifier of it names people; "by force" does not. */
    private boolean namesAgent(int i) {
        if (namesPeople(tokens.get(i))) return true;
        for (Dependency d : out.get(i))
            if ((d.relation().equals("amod") || d.relation().equals("compound")) && namesPeople(tokens.get(d.dependent()))) return true;
        return false;
    }

    private static boolean namesPeople(Token t) {
        return t.pos().startsWith("NNP") || t.pos().equals("NNS") || AGENT_ENTITIES.contains(t.ner());
    }

    /** True if {@code ancestor} is on the tree path from i to the root. */
    boolean dominates(int ancestor, int i) {
        int guard = 0;
        for (int g = gov(i); g >= 0 && guard++ < size(); g = gov(g)) if (g == ancestor) return true;
        return false;
    }

    /** The words of the subtree-free phrase a token heads: compounds, adjectives and flat names before it. */
    String phrase(int i) {
        int start = i, end = i;
        for (Dependency d : out.get(i)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("flat") || r.startsWith("nmod:poss") || r.equals("det")) {
                start = Math.min(start, d.dependent());
                if (d.dependent() > i && r.equals("flat")) end = Math.max(end, d.dependent());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = start; k <= end; k++) {
            if (k > start && !tokens.get(k).word().equals("'s")) sb.append(' ');
            sb.append(tokens.get(k).word());
        }
        String s = sb.toString();
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }
}
