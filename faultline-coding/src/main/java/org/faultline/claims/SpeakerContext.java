package org.faultline.claims;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;

/**
 * What one article has named so far, so that a later "the ministry", "he" or "it" can be given the
 * actor it stands for: the nearest earlier actor whose mention shares the head word ("Azerbaijan's
 * foreign ministry" ... "the ministry"), the last person for he/she, the last group speaker for
 * it/they. One instance per article; not thread-safe.
 */
final class SpeakerContext {
    private static final Logger log = LoggerFactory.getLogger(SpeakerContext.class);
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP = Set.of("it", "they", "them", "we");
    private static final int MEMORY = 40;
    /** Head nouns that name one person by office (office records of cues.tsv), so a later he/she can point back at them. */
    private final Set<String> personRoles;
    private final ActorResolver resolver;
    private final LocalDate date;
    private final Deque<Actor> named = new ArrayDeque<>();
    private Actor lastPerson;
    private Actor lastGroupSpeaker;
    private List<Actor> lastSpeakers = List.of();

    SpeakerContext(ActorResolver resolver, LocalDate date, Set<String> personRoles) {
        this.resolver = resolver;
        this.date = date;
        this.personRoles = Set.copyOf(personRoles);
    }

    LocalDate date() { return date; }

    /** True when the mention headed by {@code head} names one person (a PERSON entity or an office: "the defence minister"). */
    boolean isPerson(Parse p, int head) {
        if (head < 0) return false;
        return p.token(head).ner().equals("PERSON") || PERSONAL.contains(p.lower(head))
                || personRoles.contains(p.lemma(head)) && !p.token(head).pos().equals("NNS");
    }

    /** Resolves the mention headed by {@code head}, filling in a missing country from the article's antecedents. */
    Optional<Actor> resolve(Parse p, int head) {
        String word = p.lower(head);
        if (PERSONAL.contains(word)) {
            Optional<Actor> near = personBefore(p, head);
            return (near.isPresent() ? near : Optional.ofNullable(lastPerson)).map(a -> as(a, p.token(head).word()));
        }
        if (GROUP.contains(word)) return Optional.ofNullable(lastGroupSpeaker).map(a -> as(a, p.token(head).word()));
        Optional<Actor> a;
        try {
            a = resolver.resolve(p.sentence, head, date);
        } catch (RuntimeException e) { // a dictionary bug must not lose the article's claims
            log.warn("actor dictionary failed on speaker '{}': {}; read as unknown", p.token(head).word(), e.toString());
            a = Optional.empty();
        }
        if (a.isPresent() && a.get().country() == null) {
            Optional<Actor> ante = antecedent(a.get(), p.lemma(head));
            if (ante.isPresent()) return ante;
            // "a spokesman for the ministry": the body the person speaks for
            for (int body : p.children(head, "nmod:for", "nmod:of", "nmod:at")) {
                Optional<Actor> b = antecedent(a.get(), p.lemma(body));
                String text = a.get().text();
                if (b.isPresent()) return b.map(x -> x.withText(text));
            }
            if (mentionsCountry(p, head)) {
                Optional<String> c = countryNamed(p);
                if (c.isPresent()) return Optional.of(withCountry(a.get(), c.get()));
            }
        }
        return a;
    }

    /** A person named earlier in the same sentence ("X said that he had ..."). */
    private Optional<Actor> personBefore(Parse p, int pronoun) {
        for (int i = pronoun - 1; i >= 0; i--) {
            if (!p.token(i).ner().equals("PERSON") || i + 1 < p.size() && p.token(i + 1).ner().equals("PERSON")) continue;
            try {
                Optional<Actor> a = resolver.resolve(p.sentence, i, date);
                if (a.isPresent() && a.get().country() != null) return a;
            } catch (RuntimeException e) {
                log.warn("actor dictionary failed on '{}': {}; read as unknown", p.token(i).word(), e.toString());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "the country's top diplomat", "the country" : the mention stands for a country named nearby. */
    private static boolean mentionsCountry(Parse p, int head) {
        if (Set.of("country", "nation").contains(p.lemma(head))) return true;
        for (int c : p.children(head, "nmod:poss", "compound"))
            if (Set.of("country", "nation").contains(p.lemma(c))) return true;
        return false;
    }

    /** The first state named in the sentence (a proper noun resolving to a country without sector), else the last one the article named. */
    private Optional<String> countryNamed(Parse p) {
        for (int i = 0; i < p.size(); i++) {
            if (!p.token(i).pos().startsWith("NNP")) continue;
            try {
                Optional<Actor> a = resolver.resolve(p.sentence, i, date);
                if (a.isPresent() && a.get().country() != null && a.get().sector() == null) return Optional.of(a.get().country());
            } catch (RuntimeException e) {
                log.warn("actor dictionary failed on '{}': {}; read as unknown", p.token(i).word(), e.toString());
                break;
            }
        }
        for (Actor a : named) if (a.sector() == null) return Optional.of(a.country());
        return Optional.empty();
    }

    private static Actor withCountry(Actor a, String country) {
        return a.withCountry(country);
    }

    /**
     * All speakers of the mention headed by {@code head}: coordinated names give one each ("France and
     * Germany said"), "they" gives the previous statement's speakers, else as {@link #resolve}.
     */
    List<Actor> resolveSpeakers(Parse p, int mention) {
        // "Armenia — an ally of X which had voiced fears": the apposition stands for the noun it renames
        final int head = renamed(p, mention);
        String word = p.lower(head);
        if (word.equals("they") && lastSpeakers.size() > 1)
            return lastSpeakers.stream().map(a -> as(a, p.token(head).word())).toList();
        if (!PERSONAL.contains(word) && !GROUP.contains(word)) {
            try {
                List<Actor> all = resolver.resolveAll(p.sentence, head, date).stream().filter(a -> a.country() != null).toList();
                if (all.size() > 1) return all;
            } catch (RuntimeException e) { // fall through to the single reading
                log.warn("actor dictionary failed on '{}': {}; single reading kept", p.token(head).word(), e.toString());
            }
        }
        return resolve(p, head).map(List::of).orElse(List.of());
    }

    private static int renamed(Parse p, int mention) {
        for (org.faultline.nlp.Dependency d : p.sentence.dependencies())
            if (d.dependent() == mention && d.governor() >= 0 && (d.baseRelation().equals("appos")
                    // a dash-set apposition the parser left as "dep": "Armenia — an ally of X which ..."
                    || d.baseRelation().equals("dep") && p.token(mention).isNoun() && p.token(d.governor()).pos().startsWith("NNP")))
                return d.governor();
        return mention;
    }

    /** Resolves free text (a quote's speaker as written, a byline). */
    Optional<Actor> resolveText(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String w = text.strip().toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(w)) return Optional.ofNullable(lastPerson).map(a -> as(a, text.strip()));
        if (GROUP.contains(w)) return Optional.ofNullable(lastGroupSpeaker).map(a -> as(a, text.strip()));
        try {
            Optional<Actor> a = resolver.resolveText(text, date);
            if (a.isPresent() && a.get().country() == null) {
                String[] words = w.split("\\s+");
                Optional<Actor> ante = antecedent(a.get(), words[words.length - 1]);
                if (ante.isPresent()) return ante;
            }
            return a;
        } catch (RuntimeException e) {
            log.warn("actor dictionary failed on '{}': {}; read as unknown", text, e.toString());
            return Optional.empty();
        }
    }

    /** The nearest earlier actor of the same sector whose mention contains the head word, with the new text. */
    private Optional<Actor> antecedent(Actor partial, String headLemma) {
        String head = headLemma.toLowerCase(Locale.ROOT);
        for (Actor a : named)
            if (a.text().toLowerCase(Locale.ROOT).contains(stem(head))
                    && (partial.sector() == null || partial.sector().equals(a.sector())))
                return Optional.of(as(a, partial.text()));
        // "the ministry" after "the defence ministry": the sector may differ, the head word decides
        for (Actor a : named)
            if (a.text().toLowerCase(Locale.ROOT).contains(stem(head))) return Optional.of(as(a, partial.text()));
        return Optional.empty();
    }

    private static String stem(String w) {
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3);
        if (w.endsWith("s") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    private static Actor as(Actor a, String text) {
        return a.withText(text);
    }

    /** Remembers an actor the article named (speakers and other mentions), nearest first. */
    void saw(Actor a, boolean person) {
        if (a == null || a.country() == null) return;
        named.addFirst(a);
        while (named.size() > MEMORY) named.removeLast();
        if (person) lastPerson = a;
    }

    /** Remembers the speakers of a statement, for a later "it said" / "he added" / "they urged". */
    void spoke(List<Actor> speakers, boolean person) {
        for (Actor a : speakers) {
            saw(a, person);
            if (a.country() != null && !person) lastGroupSpeaker = a;
        }
        if (!speakers.isEmpty()) lastSpeakers = List.copyOf(speakers);
    }
}
