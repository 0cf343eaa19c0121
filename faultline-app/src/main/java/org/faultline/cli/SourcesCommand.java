package org.faultline.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.store.SourceStatus;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline sources}: what {@code watch} knows of each source. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Lists each watched source's last poll, last success, items seen and errors (read-only).")
final class SourcesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SourceStatus> all;
        try (Store db = store.openExisting()) {
            all = db.sourceStatuses();
        }
        if (all.isEmpty()) {
            out.println("no watched sources yet (run 'faultline watch --sources sources.yaml')");
            return 0;
        }
        Table t = new Table(200, "SOURCE", "LAST POLL", "LAST SUCCESS", "NEXT POLL", "ITEMS", "ERRORS", "LAST ERROR");
        for (SourceStatus s : all) {
            t.row(s.name(), time(s.lastPoll()), time(s.lastSuccess()), time(s.nextPoll()), s.itemsSeen(), s.errors(),
                    s.consecutiveFailures() == 0 ? "" : s.lastError());
        }
        t.print(out);
        return 0;
    }

    private static String time(Instant i) {
        return i == null ? "never" : i.toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    }
}
