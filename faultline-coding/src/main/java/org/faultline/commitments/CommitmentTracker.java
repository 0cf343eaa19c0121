package org.faultline.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.faultline.events.Event;
import org.faultline.incidents.ArticleInfo;

/**
 * Builds the commitments ledger: proposals, offers, demands, agreements and pledges found in coded
 * events, each moved along the state machine of {@link Transitions} by later reports, every step
 * with its evidence ({@link StatusChange}).
 * <p>
 * Reports are read by {@link SignalReader} (which events and sentences count, and as what) and
 * applied in report order — publication date, article id, sentence, events before plain sentences —
 * by {@link Ledger}, which matches a report to an earlier commitment by parties (either order) and
 * content (see there). A report that matches nothing opens a new commitment when its role can
 * (propose, demand, pledge, agree), and is dropped otherwise. Commitment ids are {@code com-} plus
 * the id of the opening event: stable across runs on the same input, and independent of input order.
 * <p>
 * Needs {@link CommitmentCues}. Stateless between calls; thread-safe.
 */
public final class CommitmentTracker {
    private final CommitmentCues cues;

    public CommitmentTracker(CommitmentCues cues) {
        if (cues == null) throw new IllegalArgumentException("cues must not be null (use CommitmentCues.bundled())");
        this.cues = cues;
    }

    public static CommitmentTracker withBundledData() {
        return new CommitmentTracker(CommitmentCues.bundled());
    }

    /** The ledger from events alone (status cues are looked for in the events' evidence sentences). */
    public List<Commitment> track(List<Event> events, Map<String, ArticleInfo> articles) {
        return track(events, articles, List.of());
    }

    /**
     * The ledger.
     *
     * @param events    coded events of any number of articles
     * @param articles  publication date per article id (articles missing here sort first, undated)
     * @param sentences all sentences of those articles, so reports without an event ("talks have
     *                  stalled") count too; may be empty
     */
    public List<Commitment> track(List<Event> events, Map<String, ArticleInfo> articles, List<ReportSentence> sentences) {
        if (events == null) throw new IllegalArgumentException("events must not be null");
        if (articles == null) throw new IllegalArgumentException("articles must not be null (use Map.of())");
        if (sentences == null) throw new IllegalArgumentException("sentences must not be null (use List.of())");
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::articleId).thenComparingInt(Event::sentenceIndex).thenComparing(Event::id));
        List<Signal> signals = new SignalReader(cues).read(sorted, articles, sentences);
        signals.sort(Comparator.comparingLong(Signal::reportDay).thenComparing(Signal::articleId)
                .thenComparingInt(Signal::sentenceIndex).thenComparing(s -> !s.fromEvent()).thenComparingInt(Signal::seq));
        Ledger ledger = new Ledger();
        for (Signal s : signals) ledger.apply(s);
        return ledger.commitments();
    }
}
