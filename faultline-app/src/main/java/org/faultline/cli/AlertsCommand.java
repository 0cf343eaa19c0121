package org.faultline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.faultline.analysis.Alert;
import org.faultline.analysis.DyadGroups;
import org.faultline.analysis.Granularity;
import org.faultline.store.Dyad;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline alerts}: escalation alerts over the most active dyads, each with what drove it. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Lists escalation alerts of the most active dyads, newest first.")
final class AlertsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;
    @Option(names = "--dyad", paramLabel = "AAA-BBB", description = "Only this dyad.") String dyad;
    @Option(names = "--dyads", defaultValue = "20", description = "How many of the most active dyads to scan (default: ${DEFAULT-VALUE}).") int dyads;
    @Option(names = "--weekly", description = "Weekly instead of daily periods.") boolean weekly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Alert> alerts = new ArrayList<>();
        try (Store db = store.openExisting()) {
            for (String d : dyadsToScan(db)) alerts.addAll(TensionCommand.series(db, d, false, weekly ? Granularity.WEEKLY : Granularity.DAILY).alerts());
        }
        alerts.sort(Comparator.comparing(Alert::period).reversed());
        if (alerts.isEmpty()) out.println("no alerts");
        for (Alert a : alerts) {
            out.printf(Locale.ROOT, "%s  %s  %.1f (threshold %.1f)%n    %s%n    events: %s%n", a.period(), a.dyad(), a.value(),
                    a.threshold(), a.explanation(), String.join(", ", a.eventIds()));
        }
        return 0;
    }

    private List<String> dyadsToScan(Store db) {
        if (dyad != null) return List.of(dyad.toUpperCase(Locale.ROOT));
        DyadGroups groups = DyadGroups.bundled();
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Dyad d : db.dyads(dyads * 2)) {
            if (d.sourceCountry() == null || d.targetCountry() == null || d.sourceCountry().equals(d.targetCountry())) continue;
            String key = groups.dyadKey(d.sourceCountry(), d.targetCountry()); // NKR-AZE is scanned as ARM-AZE
            if (key != null && seen.add(key) && out.size() < dyads) out.add(key);
        }
        return out;
    }
}
