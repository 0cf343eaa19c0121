package org.faultline.corenlp;

import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes person names consistent across a document: CoreNLP's NER often tags the first full mention
 * ("Prime Minister Nikol P.") but misses the bare surname later ("P. said"), which loses the actor
 * for quotes and events. A proper noun tagged O that equals the last word of a multi-word PERSON
 * mention elsewhere in the same document becomes a PERSON mention too, unless that word is also
 * part of a non-person entity there (a city and a surname can share a spelling).
 */
final class SurnameTagger {

    private SurnameTagger() {
    }

    static List<Sentence> apply(List<Sentence> sentences) {
        Set<String> surnames = new HashSet<>();
        Set<String> otherWords = new HashSet<>();
        for (Sentence s : sentences)
            for (Entity e : s.entities()) {
                if (e.type().equals("PERSON") && e.endToken() - e.startToken() > 1)
                    surnames.add(s.tokens().get(e.endToken() - 1).word());
                else if (!e.type().equals("PERSON"))
                    for (int i = e.startToken(); i < e.endToken(); i++) otherWords.add(s.tokens().get(i).word());
            }
        surnames.removeAll(otherWords);
        surnames.removeIf(w -> w.length() < 3 || !Character.isUpperCase(w.charAt(0)));
        if (surnames.isEmpty()) return sentences;
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) out.add(tag(s, surnames));
        return out;
    }

    private static Sentence tag(Sentence s, Set<String> surnames) {
        List<Token> tokens = null;
        List<Entity> entities = null;
        for (Token t : s.tokens()) {
            if (!t.ner().equals("O") || !t.pos().startsWith("NNP") || !surnames.contains(t.word())) continue;
            if (s.entityAt(t.index()).isPresent()) continue;
            if (tokens == null) {
                tokens = new ArrayList<>(s.tokens());
                entities = new ArrayList<>(s.entities());
            }
            tokens.set(t.index(), new Token(t.index(), t.word(), t.lemma(), t.pos(), "PERSON", t.beginChar(), t.endChar()));
            entities.add(new Entity(t.word(), "PERSON", t.index(), t.index() + 1, null));
        }
        if (tokens == null) return s;
        entities.sort(Comparator.comparingInt(Entity::startToken));
        return new Sentence(s.index(), s.text(), s.beginChar(), s.endChar(), tokens, entities, s.dependencies(), s.times());
    }
}
