package org.faultline.corenlp;

import org.faultline.nlp.Dependency;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a speaker mention its fullest name in the article: a name inside the mention
 * ("Iran's Foreign Minister Hossein X" gives "Hossein X"), an appositive name, the person last named
 * before a he/she, or the person an earlier sentence introduced with the same title
 * ("the German chancellor" after "German Chancellor Olaf Y"); then the longest PERSON mention
 * sharing that name's last word ("Y" gives "Olaf Y"). Organisations likewise. Null when unsure.
 */
final class CanonicalSpeaker {

    private static final Set<String> PLACES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final int TITLE_WINDOW = 6;

    private CanonicalSpeaker() {
    }

    static String resolve(List<Sentence> sentences, SpeakerMention m, int quoteBegin, int quoteEnd) {
        Sentence s = sentences.get(m.sentence());
        for (Entity e : s.entities())
            if (isActor(e) && e.startToken() >= m.start() && e.endToken() <= m.end())
                return fullest(sentences, e);
        for (Entity e : s.entities()) // "Baku said": a capital speaking for its government
            if (PLACES.contains(e.type()) && e.startToken() == m.start() && e.endToken() == m.end())
                return e.text();
        for (Dependency d : s.children(m.head()))
            if (d.relation().equals("appos"))
                for (Entity e : s.entities())
                    if (isActor(e) && e.covers(d.dependent())) return fullest(sentences, e);
        Token head = s.tokens().get(m.head());
        String word = head.word().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word)) return lastPersonBefore(sentences, m, quoteBegin, quoteEnd);
        if (head.pos().startsWith("NNP")) {
            String named = byLastWord(sentences, head.word());
            if (named != null) return named;
        }
        if (head.isNoun()) return byTitle(sentences, m);
        return null;
    }

    private static String byLastWord(List<Sentence> sentences, String word) {
        for (Sentence s : sentences)
            for (Entity e : s.entities())
                if (isActor(e) && s.tokens().get(e.endToken() - 1).word().equals(word)) return fullest(sentences, e);
        return null;
    }

    private static boolean isActor(Entity e) {
        return e.type().equals("PERSON") || e.type().equals("ORGANIZATION");
    }

    private static String lastPersonBefore(List<Sentence> sentences, SpeakerMention m, int quoteBegin, int quoteEnd) {
        for (int si = m.sentence(); si >= 0; si--) {
            Sentence s = sentences.get(si);
            List<Entity> es = s.entities();
            for (int i = es.size() - 1; i >= 0; i--) {
                Entity e = es.get(i);
                if (!e.type().equals("PERSON")) continue;
                if (si == m.sentence() && e.startToken() >= m.start()) continue;
                int begin = s.tokens().get(e.startToken()).beginChar();
                if (begin >= quoteBegin && begin < quoteEnd) continue;
                return fullest(sentences, e);
            }
        }
        return null;
    }

    /** A PERSON (or ORGANIZATION, for a noun like "ministry") preceded by the mention's words. */
    private static String byTitle(List<Sentence> sentences, SpeakerMention m) {
        Sentence ms = sentences.get(m.sentence());
        String headLemma = ms.tokens().get(m.head()).lemma().toLowerCase(Locale.ROOT);
        List<String> modifiers = ms.tokens().subList(m.start(), m.end()).stream()
                .filter(t -> t.index() != m.head() && (t.isNoun() || t.pos().startsWith("JJ")))
                .map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
        String found = null;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (Entity e : s.entities()) {
                if (!e.type().equals("PERSON")) continue;
                List<String> before = s.tokens().subList(Math.max(0, e.startToken() - TITLE_WINDOW), e.startToken())
                        .stream().map(t -> t.lemma().toLowerCase(Locale.ROOT)).toList();
                List<String> beforeWords = s.tokens().subList(Math.max(0, e.startToken() - TITLE_WINDOW), e.startToken())
                        .stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
                if (before.contains(headLemma) && beforeWords.containsAll(modifiers)) {
                    found = fullest(sentences, e);
                    if (si <= m.sentence()) continue; // keep the latest one before the quote
                    return found;
                }
            }
            if (si >= m.sentence() && found != null) return found;
        }
        if (found != null) return found;
        return organisationByHead(sentences, headLemma, modifiers);
    }

    /** The one ORGANIZATION whose name holds the mention's head and modifiers ("the foreign ministry"). */
    private static String organisationByHead(List<Sentence> sentences, String headLemma, List<String> modifiers) {
        String only = null;
        for (Sentence s : sentences)
            for (Entity e : s.entities()) {
                if (!e.type().equals("ORGANIZATION")) continue;
                String name = e.text().toLowerCase(Locale.ROOT);
                if (!name.contains(headLemma) || !modifiers.stream().allMatch(name::contains)) continue;
                if (only != null && !only.equals(e.text())) return null; // ambiguous
                only = e.text();
            }
        return only;
    }

    /** The longest mention of the same type that contains the entity's last word. */
    static String fullest(List<Sentence> sentences, Entity entity) {
        String[] words = entity.text().split("\\s+");
        String last = words[words.length - 1];
        String best = entity.text();
        for (Sentence s : sentences)
            for (Entity e : s.entities())
                if (e.type().equals(entity.type()) && e.text().length() > best.length()
                        && List.of(e.text().split("\\s+")).contains(last))
                    best = e.text();
        return best;
    }
}
