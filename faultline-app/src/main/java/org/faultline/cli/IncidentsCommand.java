package org.faultline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.incidents.Incident;
import org.faultline.store.IncidentQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline incidents}: real-world occurrences, each with the reports that tell it. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Lists incidents: event mentions across articles grouped as one real-world occurrence.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--actor", paramLabel = "CODE", description = "Incidents involving this country code.") String actor;
    @Option(names = "--min-sources", defaultValue = "0", description = "Only incidents told by at least this many sources.") int minSources;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            IncidentQuery q = IncidentQuery.all().minSources(minSources).page(limit, 0);
            if (actor != null) q = q.involving(actor);
            List<Incident> incidents = db.incidents(q);
            Table t = new Table(40, "ID", "DATES", "SOURCE", "FAMILY", "TARGET", "PLACE", "REPORTS", "ARTICLES", "SOURCES");
            for (Incident i : incidents)
                t.row(i.id(), i.firstDate() + (i.lastDate() != null && !i.lastDate().equals(i.firstDate()) ? ".." + i.lastDate() : ""),
                        i.sourceCountry(), i.typeFamily(), i.targetCountry(), i.place(), i.eventIds().size(), i.articleIds().size(), i.sources());
            if (t.isEmpty()) out.println("no incidents (they are built when articles are ingested)");
            else t.print(out);
            out.printf("%d of %d incident(s)%n", incidents.size(), db.countIncidents(q.page(-1, 0)));
        }
        return 0;
    }
}
