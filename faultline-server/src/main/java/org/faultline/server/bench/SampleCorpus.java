package org.faultline.server.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.Stance;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.ingest.Article;
import org.faultline.ingest.RemovedSpan;
import org.faultline.ingest.dedup.ContentHash;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.store.ArticleBundle;
import org.faultline.store.Store;

/**
 * Synthetic conflict-news articles with their coded events, built in code from a few sentence
 * templates varied by an article number: deterministic (article n is always the same), so tests
 * can compute expected answers and the benchmark can fill a store of any size. Several dyads,
 * several event types and factualities, dates spread over two years. Not real news: the texts
 * are invented, and the events are what a coder would plausibly give, set by hand.
 */
public final class SampleCorpus {
    /** One article with its minimal annotation (sentence boundaries only), its events and claims. */
    public record Item(Article article, Doc doc, List<Event> events, List<Claim> claims) {}

    /** A state: country code, name, capital. */
    record State(String code, String name, String capital) {}

    private static final State[][] DYADS = {
            {new State("ARM", "Armenia", "Yerevan"), new State("AZE", "Azerbaijan", "Baku")},
            {new State("IND", "India", "New Delhi"), new State("PAK", "Pakistan", "Islamabad")},
            {new State("ETH", "Ethiopia", "Addis Ababa"), new State("ERI", "Eritrea", "Asmara")},
            {new State("SRB", "Serbia", "Belgrade"), new State("XKX", "Kosovo", "Pristina")},
    };
    static final State[] MEDIATORS = {new State("FRA", "France", "Paris"), new State("QAT", "Qatar", "Doha"),
            new State("NOR", "Norway", "Oslo"), new State("BRA", "Brazil", "Brasilia")};
    private static final String[] PLACES = {"Kestrel Ridge", "the Vell crossing", "Harran Pass", "Dolmen Valley",
            "the Sarnet bridge", "Oskel Heights", "the river ford at Tamar"};
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    /** Articles stored per transaction by {@link #fill}. */
    static final int BATCH = 1000;

    private SampleCorpus() {}

    /** The number of dyads the corpus cycles through; article n uses dyad {@code n % dyads()}. */
    public static int dyads() { return DYADS.length; }

    /** Country codes (source, target) of article n's first event. */
    public static String[] dyadOf(int n) {
        State[] d = sides(n);
        return new String[] {d[0].code(), d[1].code()};
    }

    /** Article number {@code n} (n >= 0). */
    public static Item item(int n) {
        return item(n, START.plusDays((n * 7L) % 730));
    }

    /** Article number {@code n} (n >= 0) published on, and dating its events to, {@code date}. */
    public static Item item(int n, LocalDate date) {
        return item(n, date, date);
    }

    /**
     * Article number {@code n} (n >= 0) published on {@code published}, dating its events to {@code date}
     * (a report of the day before reads as the text's own date, not a fallback to the report date).
     */
    public static Item item(int n, LocalDate date, LocalDate published) {
        if (n < 0) throw new IllegalArgumentException("article number must be >= 0, was " + n);
        if (date == null || published == null) throw new IllegalArgumentException("dates must not be null");
        State[] d = sides(n);
        State a = d[0], b = d[1], m = MEDIATORS[(n / 3) % MEDIATORS.length];
        String place = PLACES[n % PLACES.length];
        int wounded = 2 + n % 17;
        String id = String.format(Locale.ROOT, "art%05d", n);
        List<String> sentences = List.of(
                "Troops of " + a.name() + " fired artillery at " + b.name() + " positions near " + place
                        + " overnight, officials in " + b.capital() + " said.",
                "At least " + wounded + " soldiers were wounded in report " + n + ", according to a field hospital.",
                "The foreign ministry of " + b.name() + " accused " + a.name() + " of breaking the ceasefire.",
                "Local residents described a tense night with power cuts in several villages.",
                "Envoys from " + m.name() + " proposed fresh talks between " + a.name() + " and " + b.name()
                        + " in " + m.capital() + ".",
                a.name() + " denied the accusation and said its units had only returned fire.");
        StringBuilder text = new StringBuilder();
        List<Sentence> sents = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) text.append(i == 3 ? "\n\n" : " ");
            int begin = text.length();
            text.append(sentences.get(i));
            sents.add(new Sentence(i, sentences.get(i), begin, text.length(), List.of(), List.of(), List.of(), List.of()));
        }
        String title = a.name() + " and " + b.name() + " trade fire near " + place;
        String clean = text.toString();
        Article article = new Article(id, "https://news.example.org/" + id, "https://news.example.org/" + id, title,
                published, false, "html", "<html><body><p>" + clean + "</p></body></html>", clean,
                List.of(new RemovedSpan("share-widget", "Share this story")), ContentHash.of(clean), null, List.of());
        Doc doc = new Doc(id, published, sents, List.of());
        Actor mil = actor(a.name() + " troops", a, "MIL"), target = actor(b.name(), b, "MIL");
        Actor bGov = actor("the foreign ministry of " + b.name(), b, "GOV"), aGov = actor(a.name(), a, "GOV");
        String iso = date.toString();
        Location loc = new Location(place, b.code(), 40.0 + n % 7 * 0.1, 45.0 + n % 5 * 0.1);
        List<Event> events = List.of(
                event(id, 0, 0, sentences, "fired", "ASSAULT", "190", -10.0, 4, mil, target, iso, loc, Factuality.REPORTED, bGov),
                event(id, 2, 0, sentences, "accused", "ACCUSE", "112", -2.0, 3, bGov, aGov, iso, null, Factuality.ASSERTED, null),
                event(id, 4, 0, sentences, "proposed", "CONSULT", "036", 4.0, 1, actor("Envoys from " + m.name(), m, "GOV"),
                        aGov, date.toString().substring(0, 7), null, Factuality.PROPOSED, null),
                event(id, 5, 0, sentences, "denied", "REJECT", "120", -4.0, 3, aGov, bGov, iso, null, Factuality.ASSERTED, null));
        List<Claim> claims = List.of(
                new Claim(id + "-c2", id, 2, bGov, "accused", a.name() + " broke the ceasefire", false, Stance.ACCUSE,
                        aGov, List.of(events.get(1).id()), iso),
                new Claim(id + "-c5", id, 5, aGov, "denied", "its units had only returned fire", false, Stance.DENY,
                        bGov, List.of(events.get(3).id()), iso));
        return new Item(article, doc, events, claims);
    }

    /**
     * Stores articles 0..count-1 with their claims, then the corpus-level links of {@link SampleLinks}.
     * Articles go in {@link #BATCH} per transaction: a durable commit per article made 50,000
     * articles take many minutes, spent waiting for the disk.
     */
    public static void fill(Store store, int count) {
        fill(store, 0, count);
    }

    /**
     * Adds articles {@code from..count-1} to a store that holds 0..from-1 (so a bench grows one
     * store from 5,000 to 50,000 articles), then replaces the links with those of 0..count-1.
     */
    public static void fill(Store store, int from, int count) {
        if (from < 0 || from > count) throw new IllegalArgumentException("article range " + from + ".." + count + " is reversed");
        List<ArticleBundle> batch = new ArrayList<>(BATCH);
        for (int n = from; n < count; n++) {
            Item it = item(n);
            batch.add(new ArticleBundle(it.article(), it.doc(), it.events(), it.claims()));
            if (batch.size() == BATCH || n == count - 1) {
                store.saveAll(batch);
                batch.clear();
            }
        }
        SampleLinks links = SampleLinks.of(count);
        store.replaceLinks(links.incidents(), null, links.contradictions(), links.commitments());
    }

    static State[] sides(int n) {
        State[] d = DYADS[n % DYADS.length];
        // every other round the other side acts first, so each dyad occurs in both directions
        return (n / DYADS.length) % 2 == 0 ? d : new State[] {d[1], d[0]};
    }

    private static Actor actor(String text, State s, String sector) {
        return new Actor(text, s.name(), s.code(), sector, s.code() + sector, null);
    }

    private static Event event(String articleId, int sentence, int ord, List<String> sentences, String trigger, String type,
                               String cameo, double goldstein, int quad, Actor source, Actor target, String date,
                               Location loc, Factuality f, Actor claimedBy) {
        return new Event(articleId + "-" + sentence + "-" + ord, articleId, sentence, sentences.get(sentence), trigger, type,
                null, List.of(), cameo, goldstein, quad, source, target, date, DatePrecision.ofIsoValue(date), loc, f,
                claimedBy, 0.8, null);
    }
}
