package org.faultline.pipeline;

import java.net.URI;
import java.time.Duration;
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
 * The corpus-level steps, recomputed over the whole store after an ingest: incidents (the same
 * occurrence across reports), contradictions between parties' claims, and the commitments
 * ledger. Recomputing from scratch keeps them consistent however articles arrive; ids stay
 * stable because each step derives them from its earliest member.
 */
public final class CorpusLinker {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusLinker.class);
    private final IncidentLinker incidents;
    private final ContradictionFinder contradictions;
    private final CommitmentTracker commitments;

    public CorpusLinker(IncidentLinker incidents, ContradictionFinder contradictions, CommitmentTracker commitments) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.contradictions = Objects.requireNonNull(contradictions, "contradictions");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
    }

    /** What one linking run found. */
    public record Summary(int incidents, int linkedEvents, int contradictions, int commitments, Duration elapsed) {}

    public Summary relink(Store store) {
        long start = System.nanoTime();
        Map<String, ArticleInfo> articles = new HashMap<>();
        store.forEachArticle(a -> articles.put(a.id(), new ArticleInfo(a.id(), a.published(), outlet(a))));
        List<Event> events = new ArrayList<>();
        store.forEachEvent(events::add);
        List<Claim> claims = new ArrayList<>();
        store.forEachClaim(claims::add);
        IncidentLinking linking = incidents.link(events, articles);
        // Status reports often carry no coded event ("talks have stalled"), so the ledger reads sentences too;
        // contradictions compare the claims' sentences to tell reprints from two accounts.
        List<ReportSentence> sentences = new ArrayList<>();
        Map<String, String> sentenceText = new HashMap<>();
        for (String id : articles.keySet())
            store.loadDoc(id).ifPresent(d -> d.sentences().forEach(s -> {
                sentences.add(new ReportSentence(id, s.index(), s.text()));
                sentenceText.put(id + "#" + s.index(), s.text());
            }));
        List<Contradiction> found = contradictions.find(claims, events, linking::incidentOf,
                (article, index) -> sentenceText.get(article + "#" + index));
        List<Commitment> ledger = commitments.track(events, articles, sentences);
        int linked = store.replaceLinks(linking.incidents(), linking.incidentByEvent(), found, ledger);
        Summary s = new Summary(linking.incidents().size(), linked, found.size(), ledger.size(),
                Duration.ofNanos(System.nanoTime() - start));
        LOG.info("linked corpus: {}", s);
        return s;
    }

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
