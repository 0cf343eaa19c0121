package org.faultline.incidents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.nlp.DatePrecision;

/**
 * Turns events into {@link Mention}s: date intervals from the event date and its precision,
 * floating when the date is only the report date, and term weights of the evidence sentence
 * (the trigger counts twice: it names the occurrence). Term weights are fixed ({@link TermWeights}),
 * so a mention depends only on its own event and article, never on the rest of the batch.
 */
final class MentionFactory {
    private final TypeFamilies families;
    private final TermWeights weights;
    private final int horizonDays;

    MentionFactory(TypeFamilies families, TermWeights weights, int horizonDays) {
        this.families = families;
        this.weights = weights;
        this.horizonDays = horizonDays;
    }

    List<Mention> build(List<Event> events, Map<String, ArticleInfo> articles) {
        List<Mention> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<String> terms = new ArrayList<>(Terms.of(e.evidence()));
            List<String> trig = Terms.of(e.trigger());
            terms.addAll(trig);
            terms.addAll(trig);
            Map<String, Double> vec = new HashMap<>();
            for (String w : terms) vec.merge(w, 1.0, Double::sum);
            double norm = 0;
            for (Map.Entry<String, Double> en : vec.entrySet()) {
                double w = (1 + Math.log(en.getValue())) * weights.of(en.getKey());
                en.setValue(w);
                norm += w * w;
            }
            ArticleInfo a = articles.getOrDefault(e.articleId(), new ArticleInfo(e.articleId(), null, null));
            out.add(mention(e, a, vec, Math.sqrt(norm)));
        }
        return out;
    }

    private Mention mention(Event e, ArticleInfo a, Map<String, Double> vec, double norm) {
        TypeFamilies.Family fam = families.of(e.type());
        String src = country(e.source()), tgt = country(e.target());
        long report = a.published() == null ? Long.MIN_VALUE : a.published().toEpochDay();
        long[] span = span(e.date(), e.datePrecision());
        boolean floating = span == null
                || a.published() != null && e.datePrecision() == DatePrecision.DAY && a.published().toString().equals(e.date());
        if (floating) {
            long d = report != Long.MIN_VALUE ? report : span != null ? span[1] : Long.MIN_VALUE;
            long lo = d == Long.MIN_VALUE ? Long.MIN_VALUE : d - Math.min(horizonDays, fam.recallDays());
            return new Mention(e, a, fam, src, tgt, lo, d, true, false, d, vec, norm);
        }
        return new Mention(e, a, fam, src, tgt, span[0], span[1], false, span[0] == span[1], report, vec, norm);
    }

    private static String country(Actor a) {
        return a == null || a.country() == null || a.country().isBlank() ? null : a.country();
    }

    /** [first, last] epoch day of an ISO day, month or year; null when absent or unreadable. */
    static long[] span(String iso, DatePrecision p) {
        if (iso == null || iso.isBlank()) return null;
        try {
            if (iso.length() >= 10) {
                long d = LocalDate.parse(iso.substring(0, 10)).toEpochDay();
                return new long[] {d, d};
            }
            if (iso.length() == 7) {
                YearMonth ym = YearMonth.parse(iso);
                return new long[] {ym.atDay(1).toEpochDay(), ym.atEndOfMonth().toEpochDay()};
            }
            if (iso.length() == 4) {
                int y = Integer.parseInt(iso);
                return new long[] {LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()};
            }
        } catch (RuntimeException ex) {
            return null; // unreadable dates float on the report date
        }
        return null;
    }
}
