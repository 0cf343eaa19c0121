package org.faultline.incidents;

import java.time.LocalDate;
import java.util.Map;
import org.faultline.events.Event;

/**
 * One event mention prepared for linking: its family, dyad countries, date interval (epoch days)
 * and weighted terms.
 *
 * @param floating true when the text gave no date of its own (the coder fell back to the report
 *                 date): the mention may refer to anything up to its report day
 * @param day      true when {@code lo == hi} is an exact day the text gave
 * @param reportDay the publication day (epoch day) or {@code Long.MIN_VALUE} when unknown
 */
record Mention(Event event, ArticleInfo article, TypeFamilies.Family family, String src, String tgt,
               long lo, long hi, boolean floating, boolean day, long reportDay,
               Map<String, Double> vec, double norm, java.util.List<String> triggerTerms, String sentenceKey,
               String triggerKey) {

    Mention(Event event, ArticleInfo article, TypeFamilies.Family family, String src, String tgt, long lo, long hi,
            boolean floating, boolean day, long reportDay, Map<String, Double> vec, double norm) {
        this(event, article, family, src, tgt, lo, hi, floating, day, reportDay, vec, norm, Terms.of(event.trigger()),
                event.articleId() + "#" + event.sentenceIndex(),
                event.trigger() == null ? "" : event.trigger().toLowerCase(java.util.Locale.ROOT));
    }

    String articleId() { return event.articleId(); }

    /** The evidence sentence as a comparison key: reprints and wire copy of one sentence share it. */
    String textKey() { return org.faultline.claims.SameText.key(event.evidence()); }

    LocalDate published() { return article.published(); }

    /**
     * Lexical cosine with a weighted term map counting only the words besides this mention's trigger: two
     * sentences sharing nothing but a generic verb ("asked", "backed", "burned") are not one account.
     */
    double contextCosine(Map<String, Double> other, double otherNorm) {
        if (norm == 0 || otherNorm == 0) return 0;
        double dot = 0;
        for (Map.Entry<String, Double> e : vec.entrySet()) {
            if (triggerTerms.contains(e.getKey())) continue;
            Double w = other.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return dot / (norm * otherNorm);
    }

    /** Lexical cosine with a weighted term map of the given norm. */
    double cosine(Map<String, Double> other, double otherNorm) {
        if (norm == 0 || otherNorm == 0) return 0;
        Map<String, Double> small = vec.size() <= other.size() ? vec : other;
        Map<String, Double> large = small == vec ? other : vec;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return dot / (norm * otherNorm);
    }
}
