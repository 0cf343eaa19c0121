package org.faultline.learn.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;

class TypeFeaturesTest {
    /** "Eastia refused to sign the accord ." parsed by hand. */
    private static Sentence refused() {
        String[][] t = {{"Eastia", "Eastia", "NNP", "COUNTRY"}, {"refused", "refuse", "VBD", "O"}, {"to", "to", "TO", "O"},
                {"sign", "sign", "VB", "O"}, {"the", "the", "DT", "O"}, {"accord", "accord", "NN", "O"}, {".", ".", ".", "O"}};
        List<Token> tokens = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < t.length; i++) {
            tokens.add(new Token(i, t[i][0], t[i][1], t[i][2], t[i][3], c, c + t[i][0].length()));
            c += t[i][0].length() + 1;
        }
        List<Dependency> deps = List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("mark", 3, 2),
                new Dependency("xcomp", 1, 3), new Dependency("det", 5, 4), new Dependency("obj", 3, 5), new Dependency("punct", 1, 6));
        return new Sentence(0, "Eastia refused to sign the accord .", 0, c, tokens, List.of(), deps, List.of());
    }

    @Test
    void mainVerbItsComplementAndTheWordsAreFeatures() {
        List<String> f = TypeFeatures.of(refused());
        assertTrue(f.contains("root=refuse"), f.toString());
        assertTrue(f.contains("comp=sign"), f.toString());
        assertTrue(f.contains("root+comp=refuse|sign"), f.toString());
        assertTrue(f.contains("v=sign") && f.contains("n=accord") && f.contains("n=eastia"), f.toString());
        assertFalse(f.contains("negated"), "nothing negates the verb: " + f);
        assertEquals(f.stream().sorted().distinct().toList(), f);
    }
}
