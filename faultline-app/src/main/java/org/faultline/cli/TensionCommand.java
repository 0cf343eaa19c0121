package org.faultline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.analysis.Granularity;
import org.faultline.analysis.TensionIndex;
import org.faultline.analysis.TensionPoint;
import org.faultline.analysis.TensionSeries;
import org.faultline.events.Event;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline tension --dyad ARM-AZE}: the dyad's tension series, with alerts marked. */
@Command(name = "tension", mixinStandardHelpOptions = true,
        description = {"Prints a dyad's tension index over time (see README: tension and alerts for the method).",
                "Periods marked ALERT rose beyond the dyad's own rolling baseline."})
final class TensionCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--dyad", required = true, paramLabel = "AAA-BBB", description = "Two country codes, e.g. ARM-AZE.") String dyad;
    @Option(names = "--weekly", description = "Weekly instead of daily periods.") boolean weekly;
    @Option(names = "--directed", description = "Only events from the first country to the second.") boolean directed;
    @Option(names = "--all", description = "Also print quiet periods.") boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            TensionSeries s = series(db, dyad, directed, weekly ? Granularity.WEEKLY : Granularity.DAILY);
            if (s.points().isEmpty()) {
                out.println("no dated events between " + s.dyad() + " (see 'faultline events --dyad " + s.dyad() + "')");
                return 0;
            }
            Table t = new Table(200, "PERIOD", "RAW", "SMOOTHED", "INCIDENTS", "REPORTS", "");
            for (TensionPoint p : s.points()) {
                boolean alert = s.alerts().stream().anyMatch(a -> a.period().equals(p.period()));
                if (!all && p.occurrences() == 0) continue;
                t.row(p.period(), fmt(p.raw()), fmt(p.smoothed()), p.occurrences(), p.reports(), alert ? "ALERT" : "");
            }
            t.print(out);
            out.printf("%d period(s), %d alert(s)%n", s.points().size(), s.alerts().size());
        }
        return 0;
    }

    static TensionSeries series(Store db, String dyad, boolean directed, Granularity granularity) {
        String[] sides = dyad.toUpperCase(Locale.ROOT).split("-");
        if (sides.length != 2) throw new IllegalArgumentException("--dyad must look like ARM-AZE, was '" + dyad + "'");
        TensionIndex index = new TensionIndex();
        // each side with the codes grouped on it (NKR with ARM): the index decides what counts
        List<Event> events = new ArrayList<>();
        for (String a : index.groups().codesOf(sides[0]))
            for (String b : index.groups().codesOf(sides[1])) {
                events.addAll(db.events(EventQuery.all().dyad(a, b)));
                if (!directed) events.addAll(db.events(EventQuery.all().dyad(b, a)));
            }
        return index.compute(dyad, directed, granularity, events);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
