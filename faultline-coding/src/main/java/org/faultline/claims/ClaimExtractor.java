package org.faultline.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;
import org.faultline.events.Event;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Quote;
import org.faultline.nlp.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the attributed statements of one annotated article into {@link Claim}s: who said it (a
 * resolved actor, with "the ministry", "he", "it" given the actor the article named before), the
 * cue, the content, direct or indirect, the stance, whom it is about and the coded events it
 * carries.
 * <p>
 * Needs a {@link Doc} with dependency parses (quotes used when present), that doc's events from
 * the event coder, and an {@link ActorResolver}. An optional author (a headline's "...: MFA of X",
 * a byline) makes the article's own evaluative sentences claims of that author. Claim ids are
 * {@code articleId-c<sentence>-<ordinal>}, stable for the same input and data. Holds no mutable
 * state: one instance serves many threads.
 */
public final class ClaimExtractor {
    private static final Logger log = LoggerFactory.getLogger(ClaimExtractor.class);
    private final ActorResolver resolver;
    private final AttributionFinder finder;
    private final QuoteAttributions quotes;
    private final StanceReader stances;
    private final AboutFinder about = new AboutFinder();
    private final java.util.Set<String> offices;
    private final AuthorStatements authors;

    public ClaimExtractor(ActorResolver resolver) {
        this(resolver, CueBook.bundled());
    }

    public ClaimExtractor(ActorResolver resolver, CueBook cues) {
        if (resolver == null) throw new IllegalArgumentException("actor resolver must not be null");
        if (cues == null) throw new IllegalArgumentException("cue book must not be null");
        this.resolver = resolver;
        this.finder = new AttributionFinder(cues);
        this.offices = cues.offices();
        this.quotes = new QuoteAttributions(cues);
        this.stances = new StanceReader(cues);
        this.authors = new AuthorStatements(stances, about);
    }

    /** Claims of an article without a known author. */
    public List<Claim> extract(Doc doc, List<Event> events) {
        return extract(doc, events, null);
    }

    /**
     * @param events the doc's events (ids are referenced by the claims); may be empty
     * @param author who issued the text when the headline or byline says so ("MFA Azerbaijan"), or null
     */
    public List<Claim> extract(Doc doc, List<Event> events, String author) {
        if (doc == null) throw new IllegalArgumentException("doc must not be null");
        if (events == null) throw new IllegalArgumentException("events of doc " + doc.id() + " must not be null (pass an empty list)");
        SpeakerContext ctx = new SpeakerContext(resolver, doc.reportDate(), offices);
        Actor authorActor = author == null ? null : ctx.resolveText(author).filter(a -> a.country() != null).orElse(null);
        if (author != null && authorActor == null) log.debug("author '{}' of {} does not resolve to an actor", author, doc.id());
        String date = doc.reportDate() == null ? null : doc.reportDate().toString();
        List<Claim> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Parse p = new Parse(s);
            List<Attribution> found;
            try {
                found = quotes.merge(p, finder.find(p), quotesTouching(doc, s.index()));
            } catch (RuntimeException e) { // a malformed parse must not lose the rest of the article
                log.warn("claim finding failed on {} sentence {}: {}", doc.id(), s.index(), e.toString());
                found = List.of();
            }
            found.sort(Comparator.comparingInt(Attribution::cueToken));
            List<Event> sentenceEvents = events.stream().filter(e -> e.sentenceIndex() == s.index()).toList();
            Set<String> seen = new HashSet<>();
            int ordinal = 0;
            for (Attribution a : found) {
                for (Claim c : claims(doc, p, a, ownWords(p, a, found), ctx, sentenceEvents, out, date, ordinal)) {
                    if (!seen.add(c.speaker().code() + "|" + c.speaker().name() + "|" + c.content())) continue;
                    out.add(c);
                    ordinal++;
                }
            }
            if (ordinal == 0 && authorActor != null) authors.claim(doc, p, authorActor, ctx, sentenceEvents, date, out).ifPresent(out::add);
            observe(p, ctx);
        }
        return out;
    }

    /** The content tokens of a statement without the statements nested in it ("X said Y, which had voiced fears, must"). */
    private static BitSet ownWords(Parse p, Attribution a, List<Attribution> all) {
        BitSet own = (BitSet) a.content().clone();
        for (Attribution o : all) {
            if (o == a || o.cueToken() < 0 || !a.content().get(o.cueToken())) continue;
            // only statements of someone else named inside the content; "he said that he proposed" stays whole
            if (o.speakerHead() < 0 || o.speakerHead() == a.speakerHead() || p.token(o.speakerHead()).pos().startsWith("PRP")) continue;
            own.andNot(o.content());
            own.clear(o.cueToken());
        }
        return own.isEmpty() ? a.content() : own;
    }

    private List<Claim> claims(Doc doc, Parse p, Attribution a, BitSet ownWords, SpeakerContext ctx, List<Event> events,
                               List<Claim> earlier, String date, int firstOrdinal) {
        String content = a.contentText().strip();
        List<Actor> speakers = speakers(p, a, ctx);
        if (speakers.isEmpty() || content.isEmpty()) return List.of();
        Stance stance = stances.stance(a.entry(), p, ownWords, a.contentText());
        boolean person = a.canonical() != null || ctx.isPerson(p, a.speakerHead());
        List<Claim> out = new ArrayList<>();
        int ordinal = firstOrdinal;
        for (Actor who : speakers) {
            Actor target = about.about(a, p, who, stance, ctx);
            if (stance == Stance.DENY) target = accuser(earlier, who, p.sentence.index()).orElse(target);
            if (target == null) target = AuthorStatements.continued(earlier, who, p.sentence.index(), 2);
            String id = doc.id() + "-c" + p.sentence.index() + "-" + ordinal++;
            out.add(new Claim(id, doc.id(), p.sentence.index(), who, a.cue(), content, a.direct(), stance, target,
                    ClaimEvents.of(events, who, content, a.cue()), date));
        }
        ctx.spoke(speakers, person);
        return out;
    }

    private static List<Actor> speakers(Parse p, Attribution a, SpeakerContext ctx) {
        boolean pronoun = a.speakerHead() >= 0 && p.token(a.speakerHead()).pos().startsWith("PRP");
        if (pronoun && a.canonical() != null) {
            Optional<Actor> c = ctx.resolveText(a.canonical()).filter(x -> x.country() != null);
            if (c.isPresent()) return List.of(c.get());
        }
        List<Actor> s = a.speakerHead() >= 0 ? ctx.resolveSpeakers(p, a.speakerHead()) : List.of();
        if ((s.isEmpty() || s.get(0).country() == null) && a.canonical() != null) {
            Optional<Actor> c = ctx.resolveText(a.canonical());
            if (c.isPresent()) return List.of(c.get());
        }
        return s;
    }

    /** The speaker of the latest accusation against the denier's side a few sentences back. */
    private static Optional<Actor> accuser(List<Claim> earlier, Actor denier, int sentence) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Claim c = earlier.get(i);
            if (sentence - c.sentenceIndex() > 6) break;
            if (c.stance() == Stance.ACCUSE && c.about() != null && Objects.equals(c.about().country(), denier.country())
                    && !Objects.equals(c.speaker().country(), denier.country())) return Optional.of(c.speaker());
        }
        return Optional.empty();
    }

    private static List<Quote> quotesTouching(Doc doc, int sentence) {
        List<Quote> out = new ArrayList<>();
        boolean colon = doc.sentences().get(sentence).text().stripTrailing().endsWith(":");
        for (Quote q : doc.quotes())
            if (q.sentenceBegin() <= sentence && sentence <= q.sentenceEnd()
                    || colon && q.sentenceBegin() == sentence + 1) out.add(q); // 'The minister said:' then the quote
        return out;
    }

    /** Remembers the actors this sentence names, for "the ministry" / "he" in later sentences. */
    private static void observe(Parse p, SpeakerContext ctx) {
        for (int i = 0; i < p.size(); i++) {
            String rel = p.baseRel(i);
            if (!p.token(i).isNoun() || rel.equals("compound") || rel.equals("flat")) continue;
            boolean named = p.token(i).pos().startsWith("NNP") || !p.token(i).ner().equals("O");
            // common nouns matter only as heads of modified sector phrases ("Azerbaijan's foreign ministry")
            if (!named && p.child(i, "nmod:poss", "amod", "compound") < 0) continue;
            boolean person = ctx.isPerson(p, i);
            ctx.resolve(p, i).ifPresent(a -> ctx.saw(a, person));
        }
    }
}
