package org.faultline.incidents;

import java.util.Set;
import org.faultline.events.Location;

/**
 * Decides whether a mention may join a cluster, and how well it fits.
 * <ol>
 *   <li><b>Actors</b>: each side of the mention must equal a side of the cluster, be unknown
 *       on either part, or be kin ({@link Sides}) while the other side equals. At least one side must
 *       equal. Families marked symmetric also try the reversed dyad (two sides blaming each other).</li>
 *   <li><b>Dates</b>: exact days within {@value #DAY_TOLERANCE} day of the cluster's exact days and its span
 *       kept under max_span (a day-dated report never joins one dated three days away); dates known
 *       to the month or year within the family's window; month/year intervals overlapping it; undated mentions either
 *       <i>near</i> their report day or, as background, anywhere in the horizon before it.</li>
 *   <li><b>Place</b>: two known coordinates farther apart than the limit are different occurrences.</li>
 *   <li><b>One sentence, one occurrence per trigger</b>: two different triggers of the same
 *       sentence ("after a blockade, X launched an offensive") are never merged.</li>
 *   <li><b>Across articles</b>: a statement joins only its own speaker's; a domestic dyad (both sides one
 *       country) does not count as agreeing sides; without an exact day and agreeing sides, the words beside the
 *       trigger must be shared as much as the date level demands of all the words.</li>
 *   <li><b>Evidence</b>: the weaker the date agreement, the more lexical similarity (cosine of
 *       fixed-weight terms, {@link TermWeights}, with the cluster's centroid) or a shared article is required.</li>
 * </ol>
 */
final class LinkRules {
    private enum Side { MATCH, KIN, UNKNOWN, CONFLICT }

    /**
     * The fit of a mention to a cluster: higher is better; {@code reversed} when it joins with its dyad
     * flipped; {@code rule} names the evidence that let it join (kept on the incident for the analyst).
     */
    record Fit(double score, boolean reversed, String rule) {}

    /** Days two exact-day dates may differ and still be one occurrence (time zones, "yesterday" across midnight). */
    static final int DAY_TOLERANCE = 1;

    private final Sides sides;
    private final LinkerOptions opt;

    LinkRules(Sides sides, LinkerOptions opt) {
        this.sides = sides;
        this.opt = opt;
    }

    Fit fit(Mention m, Cluster c) {
        String trig = c.triggerBySentence.get(m.sentenceKey());
        if (trig != null && !trig.equals(m.triggerKey())) return null;
        double date = dateScore(m, c);
        if (date <= 0) return null;
        if (!placeCompatible(m, c)) return null;
        boolean sameArticle = c.articles.contains(m.articleId());
        double lex = -1; // computed once the cheap checks pass
        Fit best = null;
        for (int pass = 0; pass < (c.family.symmetric() ? 2 : 1); pass++) {
            boolean rev = pass == 1;
            Side a = side(rev ? m.tgt() : m.src(), c.srcs), b = side(rev ? m.src() : m.tgt(), c.tgts);
            if (a == Side.CONFLICT || b == Side.CONFLICT) continue;
            int match = (a == Side.MATCH ? 1 : 0) + (b == Side.MATCH ? 1 : 0);
            boolean kin = a == Side.KIN || b == Side.KIN;
            boolean noActors = m.src() == null && m.tgt() == null && c.srcs.isEmpty() && c.tgts.isEmpty();
            if (match == 0 && !kin && !noActors) continue;
            // across articles, a statement is its speaker's: an unnamed or different speaker's words are another statement
            if (verbal(m) && !sameArticle && a != Side.MATCH) continue;
            if (lex < 0) lex = m.cosine(c.centroid, c.norm);
            // kin sides need support: the same article, some shared words when the dates agree closely, else many
            if (kin && !(sameArticle || lex >= (date >= 0.7 ? opt.minLexical() : opt.kinLexical()))) continue;
            if (noActors && !(sameArticle || lex >= opt.backgroundLexical())) continue;
            int kinCount = (a == Side.KIN ? 1 : 0) + (b == Side.KIN ? 1 : 0);
            // a domestic dyad (both sides of one country) names no sides: "the US against the US" agrees with any US story
            boolean domestic = m.src() != null && m.src().equals(m.tgt());
            boolean sidesAgree = match + kinCount == 2 && !domestic;
            String rule = evidence(date, sidesAgree, lex, sameArticle, triggerShared(m, c), verbal(m));
            if (rule == null) continue;
            // below exact-day agreement, the words around the trigger must be shared too; more of them for
            // statements, whose verbs ("asked", "backed", "demanded") are the commonest words of the news
            double context = verbal(m) ? opt.dayLexical() : opt.minLexical();
            // across articles and without an exact day, the words beside the act must carry the join: "killed" or
            // "warned" shared by two reports of the same country says nothing of which occurrence they tell
            // (unless both named sides agree, which already says much)
            if (!sameArticle && !sidesAgree) context = Math.max(context, date < 0.5 ? opt.backgroundLexical() : opt.coarseLexical());
            if (date < 1.0 && m.contextCosine(c.centroid, c.norm) < context) continue;
            double actor = (weight(a) + weight(b)) / 2;
            double precision = c.hasDays() ? 0.2 : c.coarseLo != Cluster.NONE ? 0.1 : 0;
            double score = actor + date + precision + 2 * lex + (sameArticle ? 0.3 : 0) + (samePlace(m, c) ? 0.2 : 0) - (rev ? 0.05 : 0);
            if (best == null || score > best.score()) best = new Fit(score, rev, rule);
        }
        return best;
    }

    /**
     * Exact days: agreeing dyad with a few shared words, more shared words, or the same article suffice. Month-level or near:
     * words, or the same article naming the act alike (a shared trigger word or CAMEO code, or some words). Background (year-level, undated far from the cluster): many shared
     * words, or the same article naming the occurrence with a word the cluster already uses ("the
     * offensive" ... "launched an offensive on ...").
     */
    private String evidence(double date, boolean bothSides, double lex, boolean sameArticle, boolean sharedTrigger, boolean verbal) {
        // Statements are many and alike ("asked", "denied", "called for"): two of the same sides on nearby days are
        // usually two statements, so they need shared words beyond the generic, even within one article.
        double sidesLexical = verbal ? opt.dayLexical() : opt.minLexical();
        if (date >= 1.0) {
            if (bothSides && lex >= sidesLexical) return "same-day-same-sides";
            if (lex >= opt.dayLexical()) return "same-day-shared-words";
            return sameArticle && (!verbal || sharedTrigger) ? "same-day-same-article" : null;
        }
        if (verbal && !sameArticle) {
            // across articles, a statement not dated to the day joins only on much shared wording (a retelling)
            if (date < 0.5) return null;
            if (lex >= opt.backgroundLexical()) return "near-date-shared-words";
            return bothSides && lex >= opt.coarseLexical() ? "near-date-same-sides" : null;
        }
        if (date >= 0.5) {
            if (bothSides && lex >= sidesLexical) return "near-date-same-sides";
            if (lex >= opt.coarseLexical()) return "near-date-shared-words";
            boolean articleSupport = verbal ? sharedTrigger && lex >= opt.dayLexical() : sharedTrigger || lex >= opt.dayLexical();
            return sameArticle && articleSupport ? "near-date-same-article" : null;
        }
        if (lex >= opt.backgroundLexical()) return "background-shared-words";
        return sameArticle && sharedTrigger && !verbal ? "background-same-article" : null;
    }

    /** Verbal acts (CAMEO quad 1 and 3): statements, appeals, accusations, refusals. */
    private static boolean verbal(Mention m) {
        return m.event().quad() == 1 || m.event().quad() == 3;
    }

    /**
     * The cluster already names the act with one of the mention's trigger words, or — for material
     * acts, whose CAMEO codes say what was done ("retook" and "offensive" are both 190) — with the same
     * CAMEO code. Verbal acts share generic codes (030, 040) across unrelated statements, so they need the word.
     */
    private static boolean triggerShared(Mention m, Cluster c) {
        for (String t : m.triggerTerms()) if (c.centroid.containsKey(t)) return true;
        if (m.event().quad() != 2 && m.event().quad() != 4) return false;
        String cameo = m.event().cameo();
        return cameo != null && c.cameos.contains(cameo);
    }

    /** 1 exact days agree, 0.7 undated but near, 0.6 month-level, 0.3 year-level or background, 0 incompatible. */
    private double dateScore(Mention m, Cluster c) {
        long[] r = c.range();
        int w = c.family.windowDays();
        if (r == null || m.hi() == Cluster.NONE) return c.articles.contains(m.articleId()) ? 0.3 : 0;
        if (m.floating()) {
            long d = m.hi();
            if (r[0] - w > d) return 0; // the cluster happened after this report
            // "near" needs a cluster dated closely: one known only to the year is not near every report of that year
            if (r[1] + w >= d - opt.nearDays() && r[1] - r[0] <= 31) return 0.7;
            return r[1] + w >= d - Math.min(opt.horizonDays(), c.family.recallDays()) ? 0.3 : 0;
        }
        if (m.lo() > r[1] + w || m.hi() < r[0] - w) return 0;
        if (c.coarseLo != Cluster.NONE && (m.lo() > c.coarseHi + w || m.hi() < c.coarseLo - w)) return 0;
        if (m.day() && c.hasDays()) {
            // an exact day is precise: it joins only days within the tolerance, whatever the family's window
            if (m.lo() > c.dayHi + DAY_TOLERANCE || m.hi() < c.dayLo - DAY_TOLERANCE) return 0;
            long span = Math.max(c.dayHi, m.hi()) - Math.min(c.dayLo, m.lo());
            if (span > c.family.maxSpanDays()) return 0;
            return 1.0;
        }
        long width = Math.max(m.hi() - m.lo(), r[1] - r[0]);
        return width <= 31 ? 0.6 : 0.3;
    }

    private Side side(String code, Set<String> seen) {
        if (code == null || seen.isEmpty()) return Side.UNKNOWN;
        if (seen.contains(code)) return Side.MATCH;
        for (String s : seen) if (sides.kin(code, s)) return Side.KIN;
        return Side.CONFLICT;
    }

    private static double weight(Side s) {
        return s == Side.MATCH ? 1 : s == Side.KIN ? 0.6 : 0.35;
    }

    private boolean placeCompatible(Mention m, Cluster c) {
        Location l = m.event().location();
        if (l == null || l.lat() == null || l.lon() == null) return true;
        for (Mention o : c.members) {
            Location k = o.event().location();
            if (k != null && k.lat() != null && k.lon() != null && km(l, k) > opt.maxPlaceKm()) return false;
        }
        return true;
    }

    private static boolean samePlace(Mention m, Cluster c) {
        Location l = m.event().location();
        if (l == null) return false;
        for (Mention o : c.members) if (o.event().location() != null && o.event().location().name().equals(l.name())) return true;
        return false;
    }

    static double km(Location a, Location b) {
        double la1 = Math.toRadians(a.lat()), la2 = Math.toRadians(b.lat());
        double dla = la2 - la1, dlo = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
