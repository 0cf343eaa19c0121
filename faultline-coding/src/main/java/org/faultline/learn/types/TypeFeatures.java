package org.faultline.learn.types;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.faultline.learn.roles.DepTree;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/**
 * Lexical and parse features of one sentence for the type classifier: the main verb's lemma, the
 * lemmas of its clausal complements and object, whether it is negated, and the sentence's verb and
 * noun lemmas. Needs a parsed sentence; gives a sorted, duplicate-free list.
 */
public final class TypeFeatures {
    private TypeFeatures() {}

    public static List<String> of(Sentence s) {
        DepTree t = new DepTree(s);
        TreeSet<String> f = new TreeSet<>();
        int root = t.root();
        String rootLemma = lemma(t.token(root));
        f.add("root=" + rootLemma);
        for (int c : t.children(root)) {
            String rel = t.baseRel(c);
            if (rel.equals("xcomp") || rel.equals("ccomp")) {
                f.add("comp=" + lemma(t.token(c)));
                f.add("root+comp=" + rootLemma + "|" + lemma(t.token(c)));
            }
            if (rel.equals("obj")) f.add("root+obj=" + rootLemma + "|" + lemma(t.token(c)));
            if (rel.equals("obl")) f.add("root+case=" + rootLemma + "|" + t.caseMarker(c));
            if ((rel.equals("advmod") && (lemma(t.token(c)).equals("not") || lemma(t.token(c)).equals("never"))) || rel.equals("neg")) f.add("negated");
        }
        for (Token tok : s.tokens()) {
            if (tok.isVerb()) f.add("v=" + lemma(tok));
            else if (tok.isNoun()) f.add("n=" + lemma(tok));
        }
        return List.copyOf(f);
    }

    private static String lemma(Token t) { return t.lemma().toLowerCase(Locale.ROOT); }
}
