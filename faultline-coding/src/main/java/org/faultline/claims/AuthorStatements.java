package org.faultline.claims;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.nlp.Doc;

/**
 * The sentences of a published statement whose author only the headline or byline names ("...:
 * MFA of X"): each sentence that takes a stance (accuses, denies, demands...) and carries no other
 * attribution is a claim of the author, about the party it names or, failing that, the party the
 * statement was just talking about.
 */
final class AuthorStatements {
    private static final int MIN_TOKENS = 6;
    /** Sentences over which a statement keeps talking about the same party (wrapped lines count). */
    private static final int WINDOW = 5;
    private final StanceReader stances;
    private final AboutFinder about;

    AuthorStatements(StanceReader stances, AboutFinder about) {
        this.stances = stances;
        this.about = about;
    }

    Optional<Claim> claim(Doc doc, Parse p, Actor author, SpeakerContext ctx, List<Event> events, String date,
                          List<Claim> earlier) {
        if (p.size() < MIN_TOKENS) return Optional.empty();
        String text = p.sentence.text().strip();
        // the headline "...: Author" itself names the statement; it is not one of its sentences
        if (text.endsWith(": " + author.text()) || text.endsWith(":" + author.text())) return Optional.empty();
        boolean verb = false;
        for (int i = 0; i < p.size(); i++) verb |= p.token(i).isVerb();
        // a heading or a list is not a statement; a long line without a tagged verb may be a wrapped clause
        if (!verb && p.size() < 2 * MIN_TOKENS) return Optional.empty();
        BitSet all = new BitSet();
        all.set(0, p.size());
        Optional<Stance> stance = stances.fromTokens(p, all);
        if (stance.isEmpty()) return Optional.empty();
        Actor target = about.mainActor(p, all, author, ctx);
        if (target == null) target = continued(earlier, author, p.sentence.index(), WINDOW);
        String id = doc.id() + "-c" + p.sentence.index() + "-0";
        return Optional.of(new Claim(id, doc.id(), p.sentence.index(), author, "statement", text, false,
                stance.get(), target, ClaimEvents.of(events, author, text, null), date));
    }

    /** A speaker going on about the same party: the about of the same speaker's statement shortly before. */
    static Actor continued(List<Claim> earlier, Actor speaker, int sentence, int window) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Claim c = earlier.get(i);
            if (sentence - c.sentenceIndex() > window) break;
            if (Objects.equals(c.speaker().code(), speaker.code()) && Objects.equals(c.speaker().name(), speaker.name()))
                return c.about();
        }
        return null;
    }
}
