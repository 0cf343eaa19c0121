package org.faultline.learn.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.faultline.events.eval.GoldEvent;
import org.faultline.events.eval.GoldSentence;
import org.faultline.events.eval.Score;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;

/** Folds of the type classifier on invented two-word sentences: the verb decides the type. */
class TypeFoldsTest {
    private static final String[] PLACES = {"Eastia", "Westia", "Northland", "Southland", "Midland", "Farland", "Nearland",
            "Upland", "Lowland", "Oldland"};

    private static Doc doc(String subject, String verb, String lemma) {
        List<Token> tokens = List.of(new Token(0, subject, subject, "NNP", "COUNTRY", 0, subject.length()),
                new Token(1, verb, lemma, "VBD", "O", subject.length() + 1, subject.length() + 1 + verb.length()));
        String text = subject + " " + verb;
        Sentence s = new Sentence(0, text, 0, text.length(), tokens, List.of(),
                List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1)), List.of());
        return new Doc("d-" + text, null, List.of(s), List.of(), List.of());
    }

    @Test
    void heldOutFoldsLearnWhatTheVerbSaysAndTrainingScoresAtLeastAsWell() {
        List<GoldSentence> gold = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        for (String place : PLACES) {
            gold.add(new GoldSentence(place + " protested", null, List.of(new GoldEvent(place + "-p", "PROTEST", Set.of(), Set.of()))));
            docs.add(doc(place, "protested", "protest"));
            gold.add(new GoldSentence(place + " agreed", null, List.of(new GoldEvent(place + "-a", "AGREE", Set.of(), Set.of()))));
            docs.add(doc(place, "agreed", "agree"));
        }
        List<TypeFolds.Fold> folds = new TypeFolds(5, 42).run(gold, docs, 4);
        assertEquals(4, folds.size());
        int sentences = 0;
        Score heldOut = new Score(0, 0, 0);
        for (TypeFolds.Fold f : folds) {
            sentences += f.sentences();
            heldOut = new Score(heldOut.tp() + f.heldOut().tp(), heldOut.fp() + f.heldOut().fp(), heldOut.fn() + f.heldOut().fn());
            assertTrue(f.training().f1() >= f.heldOut().f1() - 1e-9, "fold " + f.index());
        }
        assertEquals(gold.size(), sentences, "every sentence is held out once");
        assertTrue(heldOut.f1() > 0.9, "the verb alone separates the types: " + heldOut);
        assertTrue(TypeFolds.format(folds).contains("all"), "the report has a pooled row");
    }
}
