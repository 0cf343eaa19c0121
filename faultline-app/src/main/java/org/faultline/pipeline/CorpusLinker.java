package org.faultline.pipeline;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionFinder;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentTracker;
import org.faultline.commitments.ReportSentence;
import org.faultline.events.Event;
import org.faultline.incidents.ArticleInfo;
import org.faultline.incidents.IncidentLinker;
import org.faultline.incidents.IncidentLinking;
import org.faultline.ingest.Article;
import org.faultline.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus-level steps: incidents (the same occurrence across reports), contradictions between
 * parties' claims, and the commitments ledger. {@link #relink} recomputes them over the whole store
 * ({@code faultline link}); {@link #linkNew} recomputes only the time window of newly stored articles
 * (ingest, watch), so its cost follows what arrived rather than the store's size. Ids stay stable
 * because each step derives them from its earliest member, so both give the same ids.
 * <p>
 * What an incremental link can miss, until the next full link: an undated "background" mention
 * recalling an occurrence older than the window (up to a family's recall, a year for violence)
 * starts its own incident instead of joining the old one; a commitment whose earlier or later
 * evidence lies outside the window is not updated from it; a reprint outside the window does
 * not collapse a contradiction pair within it.
 */
public final class CorpusLinker {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusLinker.class);
    private final IncidentLinker incidents;
    private final ContradictionFinder contradictions;
    private final CommitmentTracker commitments;
    private final int windowDays;
    /** Days around new articles an incremental link looks: a month-level date (31) plus the widest family window and span (14). */
    public static final int DEFAULT_WINDOW_DAYS = 45;

    public CorpusLinker(IncidentLinker incidents, ContradictionFinder contradictions, CommitmentTracker commitments) {
        this(incidents, contradictions, commitments, DEFAULT_WINDOW_DAYS);
    }

    /**
     * @param windowDays how far around the new articles' dates an incremental link ({@link #linkNew}) looks:
     *                   it must cover the linker's joins of dated reports (exact-day tolerance, the type
     *                   families' windows and maximum spans, month-level dates)
     */
    public CorpusLinker(IncidentLinker incidents, ContradictionFinder contradictions, CommitmentTracker commitments,
                        int windowDays) {
        if (windowDays < 0) throw new IllegalArgumentException("windowDays must be >= 0, was " + windowDays);
        this.windowDays = windowDays;
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.contradictions = Objects.requireNonNull(contradictions, "contradictions");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
    }

    /**
     * What one linking run found.
     *
     * @param articlesRead the articles whose events the run read and linked: the whole store for
     *                     {@link #relink}, the window for {@link #linkNew} (what its cost follows)
     */
    public record Summary(int incidents, int linkedEvents, int contradictions, int commitments, Duration elapsed,
                          int articlesRead) {}

    /** Recomputes incidents, contradictions and commitments over the whole store and replaces them all. */
    public Summary relink(Store store) {
        long start = System.nanoTime();
        Map<String, ArticleInfo> articles = new HashMap<>();
        store.forEachArticle(a -> articles.put(a.id(), new ArticleInfo(a.id(), a.published(), outlet(a))));
        List<Event> events = new ArrayList<>();
        store.forEachEvent(events::add);
        List<Claim> claims = new ArrayList<>();
        store.forEachClaim(claims::add);
        Links l = compute(store, articles, events, claims);
        int linked = store.replaceLinks(l.linking.incidents(), l.linking.incidentByEvent(), l.contradictions, l.ledger);
        Summary s = new Summary(l.linking.incidents().size(), linked, l.contradictions.size(), l.ledger.size(),
                Duration.ofNanos(System.nanoTime() - start), articles.size());
        LOG.info("linked corpus: {}", s);
        return s;
    }

    /**
     * Links newly stored articles against their time window only, so the cost follows what arrived,
     * not the size of the store: the window runs from the earliest to the latest day the new articles
     * were published or date an event to (spans longer than a month, "in 2023", are left out: they
     * would widen it to a year), widened by {@code windowDays} each side; the store adds the members of
     * every stored incident the window touches ({@link Store#linkWindow}), so incidents across the edge
     * are recomputed whole and keep their ids. Falls back to {@link #relink} when no new article has
     * a date at all. {@code faultline link} stays the full recomputation.
     *
     * @param newArticleIds the articles just stored (unknown ids are ignored)
     */
    public Summary linkNew(Store store, Collection<String> newArticleIds) {
        long start = System.nanoTime();
        Store.LinkInput fresh = store.linkInput(new TreeSet<>(newArticleIds));
        LocalDate lo = null, hi = null;
        for (Article a : fresh.articles())
            if (a.published() != null) {
                lo = min(lo, a.published());
                hi = max(hi, a.published());
            }
        for (Event e : fresh.events()) {
            LocalDate[] span = span(e.date());
            if (span == null || span[1].toEpochDay() - span[0].toEpochDay() > 31) continue;
            lo = min(lo, span[0]);
            hi = max(hi, span[1]);
        }
        if (lo == null) return relink(store);
        Store.LinkInput window = store.linkWindow(lo.minusDays(windowDays), hi.plusDays(windowDays));
        Map<String, ArticleInfo> articles = new HashMap<>();
        for (Article a : window.articles()) articles.put(a.id(), new ArticleInfo(a.id(), a.published(), outlet(a)));
        Links l = compute(store, articles, window.events(), window.claims());
        int linked = store.replaceLinksWithin(window, l.linking.incidents(), l.linking.incidentByEvent(), l.contradictions, l.ledger);
        Summary s = new Summary(l.linking.incidents().size(), linked, l.contradictions.size(), l.ledger.size(),
                Duration.ofNanos(System.nanoTime() - start), articles.size());
        LOG.info("linked window {}..{} (+/-{} days, {} articles): {}", lo, hi, windowDays, articles.size(), s);
        return s;
    }

    private record Links(IncidentLinking linking, List<Contradiction> contradictions, List<Commitment> ledger) {}

    private Links compute(Store store, Map<String, ArticleInfo> articles, List<Event> events, List<Claim> claims) {
        IncidentLinking linking = incidents.link(events, articles);
        // Status reports often carry no coded event ("talks have stalled"), so the ledger reads sentences too;
        // contradictions compare the claims' sentences to tell reprints from two accounts.
        List<ReportSentence> sentences = new ArrayList<>();
        Map<String, String> sentenceText = new HashMap<>();
        for (String id : new TreeSet<>(articles.keySet()))
            store.loadDoc(id).ifPresent(d -> d.sentences().forEach(s -> {
                sentences.add(new ReportSentence(id, s.index(), s.text()));
                sentenceText.put(id + "#" + s.index(), s.text());
            }));
        List<Contradiction> found = contradictions.find(claims, events, linking::incidentOf,
                (article, index) -> sentenceText.get(article + "#" + index));
        List<Commitment> ledger = commitments.track(events, articles, sentences);
        return new Links(linking, found, ledger);
    }

    /** First and last day of an ISO day, month or year; null when absent or unreadable. */
    private static LocalDate[] span(String iso) {
        if (iso == null) return null;
        try {
            if (iso.length() >= 10) {
                LocalDate d = LocalDate.parse(iso.substring(0, 10));
                return new LocalDate[] {d, d};
            }
            if (iso.length() == 7) {
                YearMonth m = YearMonth.parse(iso);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
        } catch (RuntimeException e) {
            return null; // an unreadable date does not place the article
        }
        return null;
    }

    private static LocalDate min(LocalDate a, LocalDate b) { return a == null || b.isBefore(a) ? b : a; }

    private static LocalDate max(LocalDate a, LocalDate b) { return a == null || b.isAfter(a) ? b : a; }

    /** The outlet an article came from: a URL's host, else the feed or file it was read from. */
    public static String outlet(Article a) {
        String where = a.url() != null ? a.url() : a.source();
        if (where.startsWith("http://") || where.startsWith("https://")) {
            try {
                String host = URI.create(where.replace(" ", "%20")).getHost();
                if (host != null) return host.startsWith("www.") ? host.substring(4) : host;
            } catch (IllegalArgumentException e) {
                // fall through: a malformed URL still names a source
            }
        }
        int hash = where.indexOf('#');
        return hash > 0 ? where.substring(0, hash) : null;
    }
}
