package org.faultline.server.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.commitments.StatusChange;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.incidents.Incident;
import org.faultline.ingest.Article;
import org.faultline.ingest.dedup.ContentHash;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.store.Store;

/**
 * A small store for the dashboard's browser tests, written here (invented text): three dyads
 * (ARM-AZE, IND-PAK, ETH-ERI) with located events over March 2024, an accusation and its denial
 * (a contradiction), two incidents, a commitment proposed then agreed, and one article whose
 * title and text carry HTML/script payloads that must render as text.
 */
final class DashboardFixture {
    static final Actor ARM_GOV = actor("the Armenian foreign ministry", "Armenia", "ARM", "GOV");
    static final Actor ARM_MIL = actor("Armenian troops", "Armenia", "ARM", "MIL");
    static final Actor AZE_GOV = actor("the Azerbaijani defence ministry", "Azerbaijan", "AZE", "GOV");
    static final Actor AZE_MIL = actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL");
    static final Actor IND_MIL = actor("the Indian army", "India", "IND", "MIL");
    static final Actor PAK_MIL = actor("Pakistani troops", "Pakistan", "PAK", "MIL");
    static final Actor ETH_GOV = actor("the Ethiopian government", "Ethiopia", "ETH", "GOV");
    static final Actor ERI_GOV = actor("the Eritrean information minister", "Eritrea", "ERI", "GOV");
    static final String PAYLOAD_SCRIPT = "<script>window.__pwned = 2; alert('pwned')</script>";
    static final String PAYLOAD_IMG = "<img src=x onerror=\"window.__pwned = 3\">";
    static final String SCRIPT_ARTICLE = "d7";
    /** The sentence of the accusation (article d1, sentence 1) that the claims view must highlight. */
    static final String ACCUSATION = "The Armenian foreign ministry accused Azerbaijan of breaking the truce on purpose.";

    final List<Event> events = new ArrayList<>();

    static DashboardFixture fill(Store store) {
        DashboardFixture f = new DashboardFixture();
        f.article(store, "d1", "2024-03-02", "Night of shelling near the northern border", List.of(
                "Azerbaijani forces shelled the village of Norashen late on Friday, local officials said.",
                ACCUSATION,
                "Two houses were damaged and one farmer was injured."),
                e -> List.of(
                        f.event(e, 0, "shelled", "ASSAULT", -10, 4, AZE_MIL, ARM_MIL, new Location("Norashen", "ARM", 40.0, 45.6), Factuality.REPORTED),
                        f.event(e, 1, "accused", "ACCUSE", -2, 3, ARM_GOV, AZE_GOV, null, Factuality.ASSERTED)),
                List.of(new Claim("d1-c1", "d1", 1, ARM_GOV, "accused", "Azerbaijan broke the truce on purpose", false, Stance.ACCUSE,
                        AZE_GOV, List.of("d1-1-0"), "2024-03-02")));
        f.article(store, "d2", "2024-03-03", "Baku rejects the border allegations", List.of(
                "The Azerbaijani defence ministry denied that its units had fired first.",
                "It said Armenian troops had opened fire on a supply convoy near Kalbajar."),
                e -> List.of(
                        f.event(e, 0, "denied", "REJECT", -4, 3, AZE_GOV, ARM_GOV, null, Factuality.ASSERTED),
                        f.event(e, 1, "opened fire", "ASSAULT", -10, 4, ARM_MIL, AZE_MIL, new Location("Kalbajar", "AZE", 40.1, 46.0), Factuality.REPORTED)),
                List.of(new Claim("d2-c0", "d2", 0, AZE_GOV, "denied", "its units had fired first", false, Stance.DENY,
                        ARM_GOV, List.of("d2-0-0"), "2024-03-03")));
        f.article(store, "d3", "2024-03-05", "Firing reported across the line of control", List.of(
                "Pakistani troops fired mortars at an Indian post in the Poonch sector, the Indian army said.",
                "The Indian army said it responded in kind."),
                e -> List.of(
                        f.event(e, 0, "fired", "ASSAULT", -10, 4, PAK_MIL, IND_MIL, new Location("Poonch", "IND", 33.77, 74.09), Factuality.REPORTED),
                        f.event(e, 1, "responded", "ASSAULT", -9, 4, IND_MIL, PAK_MIL, new Location("Poonch", "IND", 33.8, 74.1), Factuality.REPORTED)),
                List.of());
        f.article(store, "d4", "2024-03-10", "Negotiators meet again", List.of(
                "Armenia and Azerbaijan agreed to hold border talks later this month.",
                "The Armenian foreign ministry proposed a joint commission on the frontier."),
                e -> List.of(
                        f.event(e, 0, "agreed", "AGREE", 5, 1, ARM_GOV, AZE_GOV, null, Factuality.ASSERTED),
                        f.event(e, 1, "proposed", "CONSULT", 4, 1, ARM_GOV, AZE_GOV, null, Factuality.ASSERTED)),
                List.of());
        f.article(store, "d5", "2024-03-15", "Asmara issues a warning", List.of(
                "The Eritrean information minister warned Ethiopia against any move toward the Red Sea coast.",
                "The Ethiopian government sent aid convoys to the border town of Zalambessa."),
                e -> List.of(
                        f.event(e, 0, "warned", "THREATEN", -7, 3, ERI_GOV, ETH_GOV, null, Factuality.ASSERTED),
                        f.event(e, 1, "sent aid", "AID", 7, 2, ETH_GOV, ERI_GOV, new Location("Zalambessa", "ETH", 14.52, 39.38), Factuality.ASSERTED)),
                List.of());
        f.article(store, "d6", "2024-03-20", "Border commission begins work", List.of(
                "Armenia and Azerbaijan signed the terms of the joint border commission on Wednesday.",
                "Both sides released detainees as a gesture of good will."),
                e -> List.of(
                        f.event(e, 0, "signed", "AGREE", 8, 1, ARM_GOV, AZE_GOV, null, Factuality.ASSERTED),
                        f.event(e, 1, "released", "RELEASE", 7, 2, AZE_GOV, ARM_GOV, null, Factuality.ASSERTED)),
                List.of());
        f.article(store, SCRIPT_ARTICLE, "2024-03-21", "Statement " + PAYLOAD_IMG + " on the talks", List.of(
                "A commentator posted the text " + PAYLOAD_SCRIPT + " under the statement.",
                "Another reply contained " + PAYLOAD_IMG + " and the Armenian foreign ministry criticised Azerbaijan over it."),
                e -> List.of(f.event(e, 1, "criticised", "DISAPPROVE", -2, 3, ARM_GOV, AZE_GOV, null, Factuality.ASSERTED)),
                List.of());
        store.replaceLinks(List.of(
                        new Incident("inc-1", "AZE", "ARM", "ASSAULT", "2024-03-02", "2024-03-02", "Norashen", List.of("d1-0-0"),
                                List.of("d1"), 1, "2024-03-02", "2024-03-02"),
                        new Incident("inc-2", "PAK", "IND", "ASSAULT", "2024-03-05", "2024-03-05", "Poonch", List.of("d3-0-0", "d3-1-0"),
                                List.of("d3"), 1, "2024-03-05", "2024-03-05")),
                Map.of("d1-0-0", "inc-1", "d3-0-0", "inc-2", "d3-1-0", "inc-2"),
                List.of(new Contradiction("ctr-1", "d1-c1", "d2-c0", null, ContradictionKind.ACCUSATION_DENIAL,
                        "Yerevan says Baku broke the truce; Baku denies firing first.")),
                List.of(new Commitment("com-1", "agreement", List.of(ARM_GOV, AZE_GOV), "a joint border commission", "2024-03-10", null,
                        List.of(new StatusChange(CommitmentStatus.PROPOSED, "2024-03-10", "d4", 1, "The Armenian foreign ministry proposed a joint commission on the frontier."),
                                new StatusChange(CommitmentStatus.AGREED, "2024-03-20", "d6", 0, "Armenia and Azerbaijan signed the terms of the joint border commission on Wednesday.")))));
        return f;
    }

    /** The events between two countries, either direction. */
    long between(String a, String b) {
        return events.stream().filter(e -> (e.source().country().equals(a) && e.target().country().equals(b))
                || (e.source().country().equals(b) && e.target().country().equals(a))).count();
    }

    private interface Events { List<Event> of(Context c); }

    private record Context(String articleId, String date, List<String> sentences) {}

    private void article(Store store, String id, String date, String title, List<String> sentences, Events make, List<Claim> claims) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sents = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) text.append(' ');
            int begin = text.length();
            text.append(sentences.get(i));
            sents.add(new Sentence(i, sentences.get(i), begin, text.length(), List.of(), List.of(), List.of(), List.of()));
        }
        String clean = text.toString();
        LocalDate day = LocalDate.parse(date);
        Article a = new Article(id, "Test Wire", "https://wire.example.org/" + id, title, day, false, "html",
                "<p>" + clean + "</p>", clean, List.of(), ContentHash.of(clean), null, List.of());
        List<Event> evs = make.of(new Context(id, date, sentences));
        events.addAll(evs);
        store.save(a, new Doc(id, day, sents, List.of()), evs, claims);
    }

    private Event event(Context c, int sentence, String trigger, String type, double goldstein, int quad, Actor source, Actor target,
                        Location loc, Factuality f) {
        return new Event(c.articleId() + "-" + sentence + "-0", c.articleId(), sentence, c.sentences().get(sentence), trigger, type, null,
                List.of(), null, goldstein, quad, source, target, c.date(), DatePrecision.DAY, loc, f, null, 0.9, null);
    }

    private static Actor actor(String text, String country, String code, String sector) {
        return new Actor(text, country, code, sector, code + sector, null);
    }
}
