package org.faultline.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.Stance;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.ingest.Article;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;

/**
 * A small multi-outlet corpus written for the linking tests (invented sentences, no shared corpus
 * text), coded by hand the way the coder codes such sentences, so the linking rules are judged on
 * their own. Three outlets report one shelling of Dilijan on 10 May (one of them as wire copy of
 * another), a second shelling of the same village three days later, two appeals on different days,
 * an accusation and its denial (reprinted), and a reciprocal accusation.
 */
final class MultiOutletFixture {
    /** One article: its record, its sentences, its coded events and claims. */
    record Item(Article article, Doc doc, List<Event> events, List<Claim> claims) {}

    static final Actor ARM = actor("Armenia", "ARM", "GOV"), AZE = actor("Azerbaijan", "AZE", "GOV"),
            ARM_MIL = actor("Armenian defence ministry", "ARM", "MIL"), AZE_MIL = actor("Azerbaijani troops", "AZE", "MIL"),
            FRA = actor("France", "FRA", "GOV"), USA = actor("United States", "USA", "GOV");
    static final Location DILIJAN = new Location("Dilijan", "ARM", 40.74, 44.86);

    private MultiOutletFixture() {}

    static Actor actor(String text, String country, String sector) {
        return new Actor(text, text, country, sector, country + sector, null);
    }

    static List<Item> corpus() {
        List<Item> out = new ArrayList<>();
        // outlet one, 11 May: the shelling, the accusation
        Builder a = new Builder("a-outlet-one-0511", "https://one.example/shelling", "2024-05-11");
        int s0 = a.sentence("Azerbaijani troops shelled the village of Dilijan on 10 May, damaging three houses.");
        a.event(s0, "shelled", "ASSAULT", 4, AZE_MIL, ARM, "2024-05-10", DatePrecision.DAY, Factuality.ASSERTED, DILIJAN);
        int s1 = a.sentence("The Armenian defence ministry accused Azerbaijan of shelling Dilijan on 10 May.");
        String acc = a.event(s1, "shelling", "ASSAULT", 4, AZE, ARM, "2024-05-10", DatePrecision.DAY, Factuality.REPORTED, DILIJAN);
        a.claim(s1, ARM_MIL, "accused", "Azerbaijan of shelling Dilijan on 10 May", Stance.ACCUSE, AZE, acc);
        out.add(a.item());
        // outlet two, 11 May: the same shelling told in other words, and the denial
        Builder b = new Builder("b-outlet-two-0511", "https://two.example/denial", "2024-05-11");
        int t0 = b.sentence("Houses in Dilijan were hit on 10 May when Azerbaijani artillery shelled the village.");
        b.event(t0, "shelled", "ASSAULT", 4, AZE_MIL, ARM, "2024-05-10", DatePrecision.DAY, Factuality.ASSERTED, DILIJAN);
        int t1 = b.sentence("Azerbaijan denied shelling Dilijan on 10 May and called the report a fabrication.");
        String den = b.event(t1, "shelling", "ASSAULT", 4, AZE, ARM, "2024-05-10", DatePrecision.DAY, Factuality.NEGATED, DILIJAN);
        b.claim(t1, AZE, "denied", "shelling Dilijan on 10 May and called the report a fabrication", Stance.DENY, ARM, den);
        out.add(b.item());
        // outlet three, 12 May: wire copy of outlet one's sentences and of the denial
        Builder c = new Builder("c-outlet-three-0512", "https://three.example/wire", "2024-05-12");
        int u0 = c.sentence("Azerbaijani troops shelled the village of Dilijan on 10 May, damaging three houses.");
        c.event(u0, "shelled", "ASSAULT", 4, AZE_MIL, ARM, "2024-05-10", DatePrecision.DAY, Factuality.ASSERTED, DILIJAN);
        int u1 = c.sentence("The Armenian defence ministry accused Azerbaijan of shelling Dilijan on 10 May.");
        String acc2 = c.event(u1, "shelling", "ASSAULT", 4, AZE, ARM, "2024-05-10", DatePrecision.DAY, Factuality.REPORTED, DILIJAN);
        c.claim(u1, ARM_MIL, "accused", "Azerbaijan of shelling Dilijan on 10 May", Stance.ACCUSE, AZE, acc2);
        int u2 = c.sentence("Azerbaijan denied shelling Dilijan on 10 May and called the report a fabrication.");
        String den2 = c.event(u2, "shelling", "ASSAULT", 4, AZE, ARM, "2024-05-10", DatePrecision.DAY, Factuality.NEGATED, DILIJAN);
        c.claim(u2, AZE, "denied", "shelling Dilijan on 10 May and called the report a fabrication", Stance.DENY, ARM, den2);
        out.add(c.item());
        // outlet two, 14 May: another shelling of the same village, three days after the first; a reciprocal accusation
        Builder d = new Builder("d-outlet-two-0514", "https://two.example/second", "2024-05-14");
        int v0 = d.sentence("Azerbaijani troops shelled Dilijan again on 13 May, wounding a farmer.");
        d.event(v0, "shelled", "ASSAULT", 4, AZE_MIL, ARM, "2024-05-13", DatePrecision.DAY, Factuality.ASSERTED, DILIJAN);
        int v1 = d.sentence("Armenia and Azerbaijan accused each other of breaking the truce around Dilijan.");
        String rec = d.event(v1, "accused", "ACCUSE", 3, ARM, AZE, "2024-05-14", DatePrecision.DAY, Factuality.ASSERTED, null);
        d.claim(v1, ARM, "accused", "each other of breaking the truce around Dilijan", Stance.ACCUSE, AZE, rec);
        out.add(d.item());
        // outlet one, 15 May: Azerbaijan accuses Armenia of a different thing; two appeals on different days
        Builder e = new Builder("e-outlet-one-0515", "https://one.example/appeals", "2024-05-15");
        int w0 = e.sentence("Azerbaijan accused Armenia of moving heavy weapons towards the border.");
        String mv = e.event(w0, "accused", "ACCUSE", 3, AZE, ARM, "2024-05-15", DatePrecision.DAY, Factuality.ASSERTED, null);
        e.claim(w0, AZE, "accused", "Armenia of moving heavy weapons towards the border", Stance.ACCUSE, ARM, mv);
        int w1 = e.sentence("France on 11 May called on both sides to respect the ceasefire.");
        e.event(w1, "called on", "REQUEST", 1, FRA, null, "2024-05-11", DatePrecision.DAY, Factuality.ASSERTED, null);
        int w2 = e.sentence("The United States on 14 May urged restraint along the border.");
        e.event(w2, "urged", "REQUEST", 1, USA, null, "2024-05-14", DatePrecision.DAY, Factuality.ASSERTED, null);
        out.add(e.item());
        return out;
    }

    /** Builds one article sentence by sentence. */
    static final class Builder {
        private final String id, url;
        private final LocalDate published;
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();

        Builder(String id, String url, String published) {
            this.id = id;
            this.url = url;
            this.published = LocalDate.parse(published);
        }

        int sentence(String s) {
            if (text.length() > 0) text.append(' ');
            int begin = text.length();
            text.append(s);
            sentences.add(new Sentence(sentences.size(), s, begin, text.length(), List.of(), List.of(), List.of(), List.of()));
            return sentences.size() - 1;
        }

        String event(int sentence, String trigger, String type, int quad, Actor src, Actor tgt, String date, DatePrecision p,
                     Factuality f, Location where) {
            String eid = id + "-" + sentence + "-" + events.size();
            events.add(new Event(eid, id, sentence, sentences.get(sentence).text(), trigger, type, null, List.of(),
                    quad == 4 ? "195" : quad == 3 ? "112" : "020", quad == 4 ? -9 : quad == 3 ? -2 : 3, quad, src, tgt, date, p,
                    where, f, f == Factuality.REPORTED ? ARM_MIL : null, 0.8, null));
            return eid;
        }

        void claim(int sentence, Actor speaker, String cue, String content, Stance stance, Actor about, String eventId) {
            claims.add(new Claim(id + "-c" + sentence + "-" + claims.size(), id, sentence, speaker, cue, content, false, stance,
                    about, List.of(eventId), published.toString()));
        }

        Item item() {
            Article a = new Article(id, url, url, "Fixture " + id, published, false, "text", text.toString(), text.toString(),
                    List.of(), "hash-" + id, null, List.of());
            return new Item(a, new Doc(id, published, sentences, List.of()), events, claims);
        }
    }
}
