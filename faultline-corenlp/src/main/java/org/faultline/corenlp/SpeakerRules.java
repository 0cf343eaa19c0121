package org.faultline.corenlp;

import org.faultline.nlp.Dependency;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a quote's speaker from the dependency parse, for the news patterns CoreNLP's quote
 * attribution misses: '"...," he told reporters', '"...," said Iran's foreign minister X',
 * 'the German chancellor said: "..."', '"..." according to the ministry'.
 * <p>
 * Looks, outside the quoted span, in the quote's own sentences (and a preceding sentence that
 * ends with a colon) for a speech verb (lemmas in {@code speech-verbs.txt}) and takes its
 * subject; when the subject follows the verb without being parsed as one, the noun phrase right
 * after the verb. The verb nearest the quote wins.
 */
final class SpeakerRules {

    /** Relations that stay inside a speaker's noun phrase. */
    private static final Set<String> PHRASE = Set.of("compound", "flat", "amod", "det", "nmod:poss",
            "case", "nummod", "compound:prt", "flat:name");
    private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:xsubj");

    private final Set<String> speechVerbs;

    SpeakerRules() {
        this.speechVerbs = loadLemmas("speech-verbs.txt");
    }

    Optional<SpeakerMention> find(List<Sentence> sentences, int quoteBegin, int quoteEnd, int first, int last) {
        SpeakerMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int from = first;
        if (first > 0 && sentences.get(first - 1).text().stripTrailing().endsWith(":")) from = first - 1;
        for (int si = from; si <= last && si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (Token t : s.tokens()) {
                boolean outside = t.endChar() <= quoteBegin || t.beginChar() >= quoteEnd;
                if (!outside) continue;
                Optional<SpeakerMention> m = speakerOf(si, s, t, quoteBegin, quoteEnd);
                if (m.isEmpty()) continue;
                int distance = t.beginChar() >= quoteEnd ? t.beginChar() - quoteEnd : quoteBegin - t.endChar();
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = m.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<SpeakerMention> speakerOf(int si, Sentence s, Token t, int quoteBegin, int quoteEnd) {
        for (Dependency d : s.dependencies()) // "according to X" parses as obl:according_to
            if (d.dependent() == t.index() && d.relation().endsWith(":according_to"))
                return Optional.of(phrase(si, s, t.index(), quoteBegin, quoteEnd));
        if (!t.isVerb() || !speechVerbs.contains(t.lemma().toLowerCase())) return Optional.empty();
        int subject = subjectOf(s, t.index());
        if (subject >= 0 && outside(s.tokens().get(subject), quoteBegin, quoteEnd))
            return Optional.of(phrase(si, s, subject, quoteBegin, quoteEnd));
        Optional<SpeakerMention> between = betweenQuoteAndVerb(si, s, t.index(), quoteEnd);
        return between.isPresent() ? between : inverted(si, s, t.index(), quoteBegin, quoteEnd);
    }

    /**
     * '"...," Name said' when the parser tangled the long quote into the clause and gave the verb
     * no usable subject: the noun phrase filling the gap between the closing quote and the verb.
     */
    private static Optional<SpeakerMention> betweenQuoteAndVerb(int si, Sentence s, int verb, int quoteEnd) {
        List<Token> toks = s.tokens();
        int start = verb;
        while (start > 0 && toks.get(start - 1).beginChar() >= quoteEnd && inNounPhrase(toks.get(start - 1))) start--;
        if (start == verb || start > 0 && toks.get(start - 1).beginChar() >= quoteEnd) return Optional.empty();
        if (!toks.get(verb - 1).isNoun() && !toks.get(verb - 1).pos().equals("PRP")) return Optional.empty();
        return Optional.of(new SpeakerMention(si, start, verb, verb - 1, text(s, start, verb)));
    }

    /** nsubj of the verb, or of the verb it hangs from (advcl/xcomp/conj: "..., stating that"). */
    private static int subjectOf(Sentence s, int verb) {
        for (int v = verb, step = 0; v >= 0 && step < 3; step++) {
            for (Dependency d : s.children(v))
                if (SUBJECT.contains(d.relation())) return d.dependent();
            Optional<Dependency> up = s.head(v);
            if (up.isEmpty() || !Set.of("advcl", "xcomp", "conj").contains(up.get().baseRelation())) return -1;
            v = up.get().governor();
        }
        return -1;
    }

    /** '"...," said Iran's Foreign Minister X': the proper-noun phrase right after the verb. */
    private static Optional<SpeakerMention> inverted(int si, Sentence s, int verb, int quoteBegin, int quoteEnd) {
        List<Token> toks = s.tokens();
        int start = verb + 1;
        int end = start;
        while (end < toks.size() && outside(toks.get(end), quoteBegin, quoteEnd) && inNounPhrase(toks.get(end))) end++;
        while (end > start && !toks.get(end - 1).isNoun()) end--;
        if (end == start) return Optional.empty();
        boolean named = false;
        for (int i = start; i < end; i++) named |= toks.get(i).pos().startsWith("NNP") || toks.get(i).isNoun();
        if (!named) return Optional.empty();
        return Optional.of(new SpeakerMention(si, start, end, end - 1, text(s, start, end)));
    }

    private static boolean inNounPhrase(Token t) {
        return t.isNoun() || t.pos().equals("POS") || t.pos().equals("JJ") || t.pos().equals("DT")
                || t.pos().equals("HYPH") || t.pos().equals("CD") || t.pos().equals("PRP");
    }

    /**
     * The speaker phrase: the head with its determiners, modifiers, possessors and name parts
     * (the head's own preposition, as in "according to", stays out), as a contiguous span.
     */
    private static SpeakerMention phrase(int si, Sentence s, int head, int quoteBegin, int quoteEnd) {
        int start = head;
        int end = head + 1;
        Deque<Integer> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            int node = todo.pop();
            for (Dependency d : s.children(node)) {
                if (!PHRASE.contains(d.relation()) || d.dependent() == head) continue;
                if (node == head && d.relation().equals("case")) continue;
                if (!outside(s.tokens().get(d.dependent()), quoteBegin, quoteEnd)) continue;
                if (d.dependent() < start - 3 || d.dependent() > end + 2) continue; // stay local
                start = Math.min(start, d.dependent());
                end = Math.max(end, d.dependent() + 1);
                todo.push(d.dependent());
            }
        }
        return new SpeakerMention(si, start, end, head, text(s, start, end));
    }

    private static boolean outside(Token t, int quoteBegin, int quoteEnd) {
        return t.endChar() <= quoteBegin || t.beginChar() >= quoteEnd;
    }

    private static String text(Sentence s, int start, int end) {
        int b = s.tokens().get(start).beginChar() - s.beginChar();
        int e = s.tokens().get(end - 1).endChar() - s.beginChar();
        return s.text().substring(b, e);
    }

    static Set<String> loadLemmas(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = SpeakerRules.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(l.toLowerCase());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
