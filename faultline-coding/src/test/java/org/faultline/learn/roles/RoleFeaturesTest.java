package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;

class RoleFeaturesTest {
    /** "The depot was shelled by rebels ." parsed by hand. */
    static Sentence passive() {
        String[][] t = {{"The", "the", "DT", "O"}, {"depot", "depot", "NN", "O"}, {"was", "be", "VBD", "O"},
                {"shelled", "shell", "VBN", "O"}, {"by", "by", "IN", "O"}, {"rebels", "rebel", "NNS", "O"}, {".", ".", ".", "O"}};
        List<Token> tokens = new java.util.ArrayList<>();
        int c = 0;
        for (int i = 0; i < t.length; i++) {
            tokens.add(new Token(i, t[i][0], t[i][1], t[i][2], t[i][3], c, c + t[i][0].length()));
            c += t[i][0].length() + 1;
        }
        List<Dependency> deps = List.of(new Dependency("det", 1, 0), new Dependency("nsubj:pass", 3, 1), new Dependency("aux:pass", 3, 2),
                new Dependency("root", -1, 3), new Dependency("case", 5, 4), new Dependency("obl:agent", 3, 5), new Dependency("punct", 3, 6));
        return new Sentence(0, "The depot was shelled by rebels .", 0, c, tokens, List.of(), deps, List.of());
    }

    @Test
    void passiveAgentIsMarkedWithItsPathAndSide() {
        DepTree t = new DepTree(passive());
        List<String> f = new RoleFeatures(null).of(t, 5, t.root(), 1, null);
        assertTrue(f.contains("agent"), f.toString());
        assertTrue(f.contains("path=obl^"), f.toString());
        assertTrue(f.contains("case=by"), f.toString());
        assertTrue(f.contains("side=after"), f.toString());
        assertTrue(f.contains("voice=passive|obl^"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("actor")), "no dictionary given, no dictionary features");
    }

    @Test
    void subjectOfPassiveIsNotAnAgent() {
        DepTree t = new DepTree(passive());
        List<String> f = new RoleFeatures(null).of(t, 1, t.root(), 0, null);
        assertFalse(f.contains("agent"));
        assertTrue(f.contains("rel=nsubj:pass"));
        assertTrue(f.contains("side=before"));
        assertTrue(f.contains("mod.det=the"));
    }

    @Test
    void predicateLemmaAndFrameAreOnEveryCandidate() {
        DepTree t = new DepTree(passive());
        for (int candidate : new int[] {1, 5}) {
            List<String> f = new RoleFeatures(null).of(t, candidate, t.root(), 0, null);
            assertTrue(f.contains("pred=shell"), f.toString());
            assertTrue(f.contains("pred.has=obl:by"), f.toString());
            assertTrue(f.contains("pred.has=nsubj:pass"), "a passive frame is told apart: " + f);
            assertFalse(f.contains("pred.has=obj"), "the passive verb has no object: " + f);
        }
    }

    @Test
    void featuresAreSortedAndStable() {
        DepTree t = new DepTree(passive());
        List<String> a = new RoleFeatures(null).of(t, 5, 3, 1, null), b = new RoleFeatures(null).of(t, 5, 3, 1, null);
        assertEquals(a, b);
        assertEquals(a.stream().sorted().toList(), a);
    }

    @Test
    void pathGoesUpThenDown() {
        DepTree t = new DepTree(passive());
        assertEquals("nsubj^", RoleFeatures.path(t, 1, 3));
        assertEquals("nsubj^vobl", RoleFeatures.path(t, 1, 5));
        assertEquals("self", RoleFeatures.path(t, 3, 3));
    }

    @Test
    void shapeCollapsesRuns() {
        assertEquals("Xx", RoleFeatures.shape("Baku"));
        assertEquals("X", RoleFeatures.shape("NATO"));
        assertEquals("X.X.", RoleFeatures.shape("U.S."));
        assertEquals("d", RoleFeatures.shape("2023"));
    }

    @Test
    void phraseHeadsAndSpans() {
        DepTree t = new DepTree(passive());
        assertEquals(List.of(1, 5), Phrases.heads(t));
        assertEquals(new GoldSpan(RoleLabel.TARGET, 0, 2), Phrases.span(t, 1, RoleLabel.TARGET));
    }
}
