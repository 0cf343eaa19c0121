package org.faultline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.ingest.Article;
import org.faultline.ingest.RemovedSpan;
import org.faultline.nlp.DatePrecision;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Quote;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;
import org.faultline.nlp.Token;

/**
 * Builds articles, docs and events in code from short invented texts. The "annotation" is a toy
 * (whitespace tokens, capitalised words as entities, four-digit numbers as years) whose only job
 * is to give every record field a value the store must keep.
 */
final class Fixtures {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+|[^\\s\\p{L}\\p{N}]");

    private Fixtures() {}

    static Article article(String id, String title, String text) {
        return new Article(id, "fixtures/" + id + ".txt", "https://example.org/news/" + id, title,
                LocalDate.of(2024, 3, 14), false, "text", "RAW\n" + title + "\n\n" + text, text,
                List.of(new RemovedSpan("navigation", "Home | World | Sport"), new RemovedSpan("read-time", "3 Mins read")),
                "hash-" + Integer.toHexString(text.hashCode()), null, List.of("no author found"));
    }

    static Doc doc(Article a) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(a.text());
        while (sm.find()) {
            String raw = sm.group();
            int lead = raw.length() - raw.stripLeading().length();
            String text = raw.strip();
            if (text.isEmpty()) continue;
            sentences.add(sentence(sentences.size(), text, sm.start() + lead));
        }
        List<Quote> quotes = new ArrayList<>();
        int q = a.text().indexOf('"');
        int q2 = q < 0 ? -1 : a.text().indexOf('"', q + 1);
        if (q2 > q) quotes.add(new Quote(a.text().substring(q, q2 + 1), q, q2 + 1, 0, Math.max(0, sentences.size() - 1),
                "the spokesperson", "Anna Spokes"));
        return new Doc(a.id(), a.published(), sentences, quotes);
    }

    private static Sentence sentence(int index, String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        Matcher wm = WORD.matcher(text);
        while (wm.find()) {
            String w = wm.group();
            int i = tokens.size();
            boolean name = i > 0 && Character.isUpperCase(w.charAt(0));
            boolean year = w.matches("\\d{4}");
            String ner = name ? "LOCATION" : year ? "DATE" : "O";
            tokens.add(new Token(i, w, w.toLowerCase(), name ? "NNP" : year ? "CD" : "NN", ner,
                    offset + wm.start(), offset + wm.end()));
            if (name) entities.add(new Entity(w, "LOCATION", i, i + 1, null));
            if (year) {
                entities.add(new Entity(w, "DATE", i, i + 1, w));
                times.add(new TimeExpression(w, i, i + 1, w, DatePrecision.YEAR));
            }
            deps.add(new Dependency(i == 0 ? "root" : "dep", i - 1, i));
        }
        return new Sentence(index, text, offset, offset + text.length(), tokens, entities, deps, times);
    }

    static Actor actor(String text, String country, String sector) {
        return new Actor(text, text + " (canonical)", country, sector, country + (sector == null ? "" : sector), "Q" + text.length());
    }

    /** An event with every field set; vary the arguments that filters look at. */
    static Event event(String articleId, int ordinal, String type, String source, String target, String date,
                       Factuality factuality) {
        return new Event(articleId + "-e" + ordinal, articleId, ordinal, "Evidence sentence " + ordinal + ".", "trigger" + ordinal,
                type, "mode" + ordinal, List.of("military", "territory"), "190", -10 + ordinal % 20, 4,
                source == null ? null : actor("Src" + source, source, "GOV"),
                target == null ? null : actor("Tgt" + target, target, "MIL"),
                date, DatePrecision.ofIsoValue(date), new Location("Placeville", target, 40.1, 45.2),
                factuality, factuality == Factuality.REPORTED ? actor("Speaker", "UNO", null) : null, 0.75, null);
    }

    /** A few hundred characters of invented news text, different for each n. */
    static String filler(int n) {
        String[] places = {"Northvale", "Eastmarch", "Riverton", "Highcliff", "Lowmoor", "Westbrook", "Ashford"};
        String[] verbs = {"discussed", "reviewed", "postponed", "announced", "welcomed", "criticised"};
        String p1 = places[n % places.length];
        String p2 = places[(n / 7 + 3) % places.length];
        String v = verbs[n % verbs.length];
        return "Officials in " + p1 + " " + v + " a plan about water rights with delegates from " + p2 + " on day "
                + n + ". The meeting in " + (2020 + n % 5) + " lasted four hours and ended without a statement. "
                + "\"We will meet again,\" a spokesperson said, adding that technical teams keep working.";
    }
}
