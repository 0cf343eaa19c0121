package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures resolution speed on hand-built parses after warm-up; coding must stay cheap next to CoreNLP. */
class ResolverThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(ResolverThroughputTest.class);

    @Test
    void resolvesManyMentionsPerMillisecond() {
        DictionaryActorResolver r = new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());
        LocalDate d = LocalDate.of(2024, 1, 28);
        List<Sentence> sentences = List.of(
                TestSentences.parse("Azerbaijan 's foreign ministry said on Sunday that Armenian troops fired at positions near Lachin",
                        "nmod:poss(3,0)", "case(0,1)", "amod(3,2)", "nsubj(4,3)", "root(-1,4)", "amod(9,8)", "nsubj(10,9)", "ccomp(4,10)", "obl:at(10,12)", "nmod:near(12,14)"),
                TestSentences.parse("Separatists in Abkhazia and the weather rejected the offer",
                        "nsubj(6,0)", "case(2,1)", "nmod:in(0,2)", "conj:and(0,5)", "root(-1,6)", "obj(6,8)"),
                TestSentences.parse("French President Emmanuel Macron called Pashinyan",
                        "amod(1,0)", "compound(3,1)", "compound(3,2)", "nsubj(4,3)", "root(-1,4)", "obj(4,5)"));
        int[][] heads = {{3, 9, 12}, {0, 8}, {3, 5}};
        int n = 0;
        for (int round = 0; round < 2000; round++) {
            for (int i = 0; i < sentences.size(); i++) for (int h : heads[i]) { r.resolveAll(sentences.get(i), h, d); n++; }
        }
        long t0 = System.nanoTime();
        int m = 0;
        for (int round = 0; round < 5000; round++) {
            for (int i = 0; i < sentences.size(); i++) for (int h : heads[i]) { r.resolveAll(sentences.get(i), h, d); m++; }
        }
        double micros = (System.nanoTime() - t0) / 1000.0 / m;
        LOG.info("resolveAll: {} µs per mention ({} mentions after {} warm-up)", String.format("%.1f", micros), m, n);
        assertThat(micros).isLessThan(500);
    }
}
