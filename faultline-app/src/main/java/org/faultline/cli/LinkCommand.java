package org.faultline.cli;

import java.util.concurrent.Callable;
import org.faultline.pipeline.CorpusLinker;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline link}: recomputes incidents, contradictions and the commitments ledger over the store. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Recomputes incidents, contradictions and commitments over the whole store and replaces them in the database (ingest does this itself).")
final class LinkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin CodingOptions coding;

    @Override
    public Integer call() {
        try (Store db = store.openExisting()) {
            CorpusLinker.Summary s = coding.corpusLinker().relink(db);
            spec.commandLine().getOut().printf("%d incident(s) over %d event mention(s), %d contradiction(s), %d commitment(s) in %.1f s%n",
                    s.incidents(), s.linkedEvents(), s.contradictions(), s.commitments(), s.elapsed().toMillis() / 1000.0);
        }
        return 0;
    }
}
