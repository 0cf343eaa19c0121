package org.faultline.actors;

import java.util.ArrayList;
import java.util.List;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

/** Builds hand-made parsed sentences for tests: words separated by spaces, arcs as "rel(gov,dep)". */
final class TestSentences {
    private TestSentences() {}

    static Sentence parse(String spacedWords, String... arcs) {
        return parse(spacedWords, List.of(), arcs);
    }

    static Sentence parse(String spacedWords, List<Entity> entities, String... arcs) {
        String[] words = spacedWords.split(" ");
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean glue = w.equals("'s") || w.equals(",") || w.equals(".");
            if (i > 0 && !glue) { text.append(' '); pos++; }
            tokens.add(new Token(i, w, w.toLowerCase(), Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", "O", pos, pos + w.length()));
            text.append(w);
            pos += w.length();
        }
        List<Dependency> deps = new ArrayList<>();
        for (String a : arcs) {
            String rel = a.substring(0, a.indexOf('('));
            String[] nums = a.substring(a.indexOf('(') + 1, a.indexOf(')')).split(",");
            deps.add(new Dependency(rel, Integer.parseInt(nums[0].strip()), Integer.parseInt(nums[1].strip())));
        }
        return new Sentence(0, text.toString(), 0, text.length(), tokens, entities, deps, List.of());
    }
}
