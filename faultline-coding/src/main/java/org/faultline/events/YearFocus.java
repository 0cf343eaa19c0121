package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.TimeExpression;

/**
 * The year a passage is about. A background passage names its year once ("In 1994, the two sides
 * ...") and then only months ("In May they signed a truce"); the annotator resolves such a month
 * against the publication date, putting a 1994 truce in the publication year. This reads the
 * article in order: an explicitly written year before the publication year sets the focus, a
 * written year equal to or after it clears it, and a month written without a year inside a past
 * focus takes the focus year. A focus lasts {@value #SPAN} sentences after the last one naming its
 * year: a passage, not the rest of the article. A month also keeps the past year it was last written with
 * ("on January 7, 2015" ... "On January 9, he killed four men"): a later mention of that month without a
 * year, outside any focus, takes that year. One instance per document.
 */
final class YearFocus {
    /** A year written out ("2018"), as opposed to one the annotator inferred. */
    static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    /** A month alone, or with a day ("May", "early May", "May 3", "3 May"): nothing else may place it in time. */
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final Pattern MONTH_NAME = Pattern.compile("\\b" + MONTHS.replace("\\.?", "") + "\\b");
    private static final Pattern MONTH = Pattern.compile("((early|late|mid|mid-|the end of|the start of|the beginning of)\\s*)?"
            + "(" + MONTHS + "(\\s+\\d{1,2}(st|nd|rd|th)?)?|\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?" + MONTHS + ")");

    static final int SPAN = 4;
    private final LocalDate reportDate;
    private Integer focus;
    private int age;
    private boolean inAccount;
    /** Month name (first three letters) -> the past year it was last written with. */
    private final java.util.Map<String, Integer> monthYears = new java.util.HashMap<>();

    YearFocus(LocalDate reportDate) { this.reportDate = reportDate; }

    /** The sentence with month-only dates moved into the focus year, then the focus updated from its written years. */
    Sentence read(Sentence s) {
        Sentence out = s;
        if ((focus != null || !monthYears.isEmpty()) && reportDate != null) {
            List<TimeExpression> times = new ArrayList<>(s.times().size());
            boolean changed = false;
            for (TimeExpression te : s.times()) {
                TimeExpression moved = moved(te);
                changed |= moved != te;
                times.add(moved);
            }
            if (changed) out = new Sentence(s.index(), s.text(), s.beginChar(), s.endChar(), s.tokens(), s.entities(), s.dependencies(), times);
        }
        update(s);
        return out;
    }

    private TimeExpression moved(TimeExpression te) {
        String text = te.text().toLowerCase(Locale.ROOT);
        String v = te.value();
        if (v == null || !v.matches("\\d{4}-\\d{2}.*") || !MONTH.matcher(text.strip()).matches()) return te;
        Integer year = focus;
        if (year == null) {
            java.util.regex.Matcher m = MONTH_NAME.matcher(text);
            year = m.find() ? monthYears.get(m.group().substring(0, 3)) : null;
        }
        if (year == null || Integer.parseInt(v.substring(0, 4)) == year) return te;
        return new TimeExpression(te.text(), te.startToken(), te.endToken(), year + v.substring(4), te.precision());
    }

    private void update(Sentence s) {
        if (focus != null && ++age > SPAN) focus = null;
        for (TimeExpression te : s.times()) {
            java.util.regex.Matcher m = WRITTEN_YEAR.matcher(te.text());
            if (!m.find() || te.value() == null || !te.value().matches("\\d{4}.*")) continue;
            int year = Integer.parseInt(m.group());
            focus = reportDate != null && year < reportDate.getYear() ? Integer.valueOf(year) : null;
            age = 0;
            java.util.regex.Matcher month = MONTH_NAME.matcher(te.text().toLowerCase(Locale.ROOT));
            if (month.find()) {
                if (focus != null) monthYears.put(month.group().substring(0, 3), focus);
                else monthYears.remove(month.group().substring(0, 3));
            }
        }
    }

    /**
     * Events of a passage about a past year, told in the past tense and dated by nothing of their own (they carry the
     * report day only because nothing else dated them), happened in that year: "In 2015 gunmen attacked the office.
     * Police later stormed the shop." dates the storming 2015, not the report day. Present-tense and present-perfect
     * acts, and sentences with a time expression of the report day, keep the report day.
     */
    List<Draft> dated(List<Draft> drafts, Sentence s) {
        // only inside a running account: the sentence before coded an act of that year, and this one names no time at all
        // ("Melania denied the report on Friday" after a 2018 anecdote is today's news)
        if (focus == null || reportDate == null || !inAccount) return drafts;
        String day = reportDate.toString();
        if (!s.times().isEmpty()) return drafts;
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts)
            out.add(day.equals(d.date()) && toldInPast(s, d.token()) ? d.withDate(String.valueOf(focus), org.faultline.nlp.DatePrecision.YEAR) : d);
        return out;
    }

    /** A simple past ("stormed") or a past passive or past perfect ("was stormed", "had stormed"); not "has stormed". */
    private static boolean toldInPast(Sentence s, int token) {
        if (token < 0 || token >= s.tokens().size()) return false;
        String pos = s.tokens().get(token).pos();
        boolean pastAux = false;
        for (org.faultline.nlp.Dependency d : s.children(token)) {
            if (!d.relation().startsWith("aux")) continue;
            String aux = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (Set.of("has", "have", "will", "would", "be", "is", "are", "am", "'s", "'ve", "can", "may", "might", "should", "must").contains(aux)) return false;
            if (Set.of("was", "were", "did").contains(aux)) pastAux = true;
            if (aux.equals("had")) return false; // "had already detained": before some later moment, often today's
        }
        return pos.equals("VBD") || pos.equals("VBN") && pastAux;
    }

    /** Records whether a sentence's events were of the focus year: the next sentence may continue that account. */
    void coded(List<Event> events) {
        String year = focus == null ? null : String.valueOf(focus);
        inAccount = year != null && events.stream().anyMatch(e -> e.date() != null && e.date().startsWith(year));
    }

    /** For tests and explanations: the current focus year or null. */
    Integer focus() { return focus; }
}
