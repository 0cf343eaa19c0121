package org.faultline.learn.quad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;

class QuadFeaturesTest {
    /** "Rebels did not attack 2 towns ." built by hand, parse included, so no annotator is needed. */
    private static Sentence sentence() {
        List<Token> tokens = List.of(
                new Token(0, "Rebels", "rebel", "NNS", "O", 0, 6),
                new Token(1, "did", "do", "VBD", "O", 7, 10),
                new Token(2, "not", "not", "RB", "O", 11, 14),
                new Token(3, "attack", "attack", "VB", "O", 15, 21),
                new Token(4, "2", "2", "CD", "NUMBER", 22, 23),
                new Token(5, "towns", "town", "NNS", "O", 24, 29),
                new Token(6, ".", ".", ".", "O", 29, 30));
        List<Dependency> deps = List.of(new Dependency("root", -1, 3), new Dependency("nsubj", 3, 0), new Dependency("aux", 3, 1),
                new Dependency("advmod", 3, 2), new Dependency("obj", 3, 5), new Dependency("nummod", 5, 4), new Dependency("punct", 3, 6));
        return new Sentence(0, "Rebels did not attack 2 towns.", 0, 30, tokens,
                List.of(new Entity("2", "NUMBER", 4, 5, "2.0")), deps, List.of());
    }

    @Test
    void lexicalPredicateAndNegationFeatures() {
        Map<String, Double> f = new QuadFeatures().of(sentence(), List.of());
        assertThat(f).containsKeys("w=rebel", "w=attack", "w=#", "b=<s>_rebel", "b=not_attack", "root=attack",
                "root.pos=VB", "root.rel=nsubj:rebel", "root.rel=obj:town", "neg", "root.neg", "rule=none");
        assertThat(f).doesNotContainKey("w=."); // punctuation is not a word
        assertThat(f.get("ner=NUMBER")).isEqualTo(Math.log1p(1));
    }

    @Test
    void ruleOutputBecomesFeatures() {
        Event negated = new Event("a-0-0", "a", 0, "Rebels did not attack 2 towns.", "attack", "ASSAULT", null, List.of(), "190",
                -10, 4, null, null, null, null, null, Factuality.NEGATED, null, 0.5, null);
        Map<String, Double> f = new QuadFeatures().of(sentence(), List.of(negated));
        assertThat(f).containsKeys("rule.type=ASSAULT", "rule.quad=4?", "rule.fact=NEGATED", "rule=none-factual");
        assertThat(f).doesNotContainKeys("rule=none", "rule.quad=4", "rule.dyad");
    }
}
