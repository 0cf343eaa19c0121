package org.faultline.cli;

import java.io.PrintWriter;
import org.faultline.ingest.IngestOutcome;
import org.faultline.pipeline.IngestSummary;

/** Prints the end-of-ingest summary a user reads first. */
final class SummaryPrinter {
    private SummaryPrinter() {}

    static void print(PrintWriter out, IngestSummary s, String db) {
        double seconds = s.elapsed().toMillis() / 1000.0;
        out.printf("stored %d article(s) (%d linked as duplicates), %d unchanged, %d failed, %d events, %d tokens in %.1f s -> %s%n",
                s.stored(), s.duplicates(), s.unchanged(), s.failures().size(), s.events(), s.tokens(), seconds, db);
        if (s.cutShort() > 0)
            out.printf("%d article(s) only partly annotated (over the annotation budget; see 'articles show ID' for where it stopped)%n", s.cutShort());
        if (s.links() != null)
            out.printf("corpus: %d incident(s) over %d event mention(s), %d contradiction(s), %d commitment(s)%n",
                    s.links().incidents(), s.links().linkedEvents(), s.links().contradictions(), s.links().commitments());
        for (IngestOutcome.Failed f : s.failures()) out.println("  failed: " + f.input() + ": " + f.reason());
        out.flush();
    }
}
