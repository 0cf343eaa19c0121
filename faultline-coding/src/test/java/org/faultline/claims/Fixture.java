package org.faultline.claims;

import java.time.LocalDate;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.nlp.Doc;

/** An annotated fixture article with its events and claims. */
record Fixture(Doc doc, List<Event> events, List<Claim> claims) {
    static Fixture of(String id, String text, String date) {
        return of(id, text, date, null);
    }

    static Fixture of(String id, String text, String date, String author) {
        Doc doc = ClaimKit.annotate(id, text, date == null ? null : LocalDate.parse(date));
        List<Event> events = ClaimKit.coder().code(doc);
        return new Fixture(doc, events, new ClaimExtractor(ClaimKit.resolver()).extract(doc, events, author));
    }

    /** The claims of a sentence by a speaker country. */
    List<Claim> by(int sentence, String country) {
        return claims.stream().filter(c -> c.sentenceIndex() == sentence && country.equals(c.speaker().country())).toList();
    }

    Claim one(int sentence, String country) {
        List<Claim> found = by(sentence, country);
        if (found.size() != 1) throw new AssertionError("expected one claim by " + country + " in sentence " + sentence + ", got " + claims);
        return found.get(0);
    }
}
