package org.faultline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.commitments.StatusChange;
import org.faultline.store.CommitmentQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline commitments}: the ledger of proposals, agreements and pledges, and what became of them. */
@Command(name = "commitments", mixinStandardHelpOptions = true,
        description = "Shows the commitments ledger: proposals, demands, agreements and pledges with their status history.")
final class CommitmentsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--party", paramLabel = "CODE", description = "Commitments with this country among the parties.") String party;
    @Option(names = "--status", paramLabel = "S", description = "proposed, agreed, implemented, rejected, stalled, backed-out.") String status;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            CommitmentQuery q = CommitmentQuery.all().page(limit, 0);
            if (party != null) q = q.party(party);
            if (status != null) q = q.status(parseStatus(status));
            List<Commitment> ledger = db.commitments(q);
            if (ledger.isEmpty()) out.println("no commitments match");
            for (Commitment c : ledger) {
                out.printf("%s  %-11s %s: %s (made %s) by %s%n", c.id(), c.status().label().toUpperCase(Locale.ROOT), c.kind(),
                        c.content(), c.madeOn(), String.join(", ", c.parties().stream().map(EventTable::actor).toList()));
                for (StatusChange h : c.history())
                    out.printf("    %s  %-11s %s  (article %s, sentence %d)%n", h.date(), h.status().label(),
                            h.evidence() == null ? "" : h.evidence().replaceAll("\\s+", " "), h.articleId(), h.sentenceIndex());
            }
            out.printf("%d of %d commitment(s)%n", ledger.size(), db.countCommitments(q.page(-1, 0)));
        }
        return 0;
    }

    static CommitmentStatus parseStatus(String s) {
        try {
            return CommitmentStatus.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status must be one of proposed, agreed, implemented, rejected, stalled, backed-out; was '" + s + "'");
        }
    }
}
