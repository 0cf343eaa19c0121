package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.contract.ContractImporter;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline import DIR}: loads contract JSON Lines (an export or a Spark output) into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads articles.jsonl, events.jsonl, claims.jsonl (and incidents.jsonl, contradictions.jsonl)",
                "from a folder written by 'export' or 'faultline spark' into the database (--db). Exit status 1 when a line was skipped."})
final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Mixin CodingOptions coding;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder holding the JSON Lines files.")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ContractImporter.Summary s;
        try (Store db = store.open()) {
            s = new ContractImporter(db, coding.corpusLinker()).importDir(dir);
        }
        s.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
        out.printf("imported %d article(s), %d event(s), %d claim(s); %d incident(s), %d contradiction(s) %s%n",
                s.articles(), s.events(), s.claims(), s.incidents(), s.contradictions(),
                s.relinked() ? "(store re-linked)" : "(as computed by the run)");
        return s.problems().isEmpty() ? 0 : 1;
    }
}
