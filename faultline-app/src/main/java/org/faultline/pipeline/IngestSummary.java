package org.faultline.pipeline;

import java.time.Duration;
import java.util.List;
import org.faultline.ingest.IngestOutcome;

/**
 * What one ingest run did.
 *
 * @param stored     new articles stored (duplicates included)
 * @param duplicates of those, how many were linked to an earlier article
 * @param unchanged  articles already in the store (same id), left as they were
 * @param events     events coded for the new articles
 * @param tokens     tokens annotated
 * @param cutShort   of the stored, how many were only partly annotated (a budget ran out: see their problems)
 * @param failures   inputs that could not be read or processed, each with its reason
 * @param links      what re-linking the corpus found (incidents, contradictions, commitments), or null if not run
 * @param elapsed    wall time of the run
 */
public record IngestSummary(int stored, int duplicates, int unchanged, int events, long tokens, int cutShort,
                            List<IngestOutcome.Failed> failures, CorpusLinker.Summary links,
                            Duration elapsed) {
    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** A run where every article was annotated whole. */
    public IngestSummary(int stored, int duplicates, int unchanged, int events, long tokens,
                         List<IngestOutcome.Failed> failures, CorpusLinker.Summary links, Duration elapsed) {
        this(stored, duplicates, unchanged, events, tokens, 0, failures, links, elapsed);
    }

    public boolean failed() {
        return !failures.isEmpty();
    }
}
