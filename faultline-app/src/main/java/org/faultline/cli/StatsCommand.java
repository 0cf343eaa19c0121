package org.faultline.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.faultline.store.Store;
import org.faultline.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline stats}: counts over the store. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Prints counts over the stored articles, annotation and events.")
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            print(out, db.stats());
        }
        return 0;
    }

    static void print(PrintWriter out, StoreStats s) {
        out.printf("articles   %d (%d duplicates, %d annotated), published %s .. %s%n", s.articles(), s.duplicates(),
                s.annotated(), s.firstPublished(), s.lastPublished());
        out.printf("annotation %d sentences, %d tokens, %d entities, %d time expressions, %d quotes%n",
                s.sentences(), s.tokens(), s.entities(), s.times(), s.quotes());
        out.printf("events     %d%n", s.events());
        counts(out, "events by type", s.eventsByType());
        counts(out, "events by factuality", s.eventsByFactuality());
        counts(out, "entities by type", s.entitiesByType());
        out.flush();
    }

    private static void counts(PrintWriter out, String title, Map<String, Long> counts) {
        if (counts.isEmpty()) return;
        StringBuilder sb = new StringBuilder("  " + title + ":");
        counts.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        out.println(sb);
    }
}
