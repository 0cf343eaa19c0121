package org.faultline.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline events}: stored events as a table, filtered by dyad, type, dates and factuality. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Lists stored events, filtered, as a readable table.")
final class EventsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--dyad", paramLabel = "SRC-TGT", description = "Source and target country codes, e.g. AZE-ARM (either may be *).")
    String dyad;
    @Option(names = "--actor", paramLabel = "CODE", description = "Events where this country code is on either side.")
    String actor;
    @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER type, e.g. ASSAULT.")
    String type;
    @Option(names = "--factuality", paramLabel = "F", description = "asserted, reported, hypothetical, negated or proposed.")
    String factuality;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;
    @Option(names = "--article", paramLabel = "ID") String article;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--offset", defaultValue = "0") int offset;

    @Override
    public Integer call() {
        EventQuery q = EventQuery.all().page(limit, offset);
        if (dyad != null) {
            String[] parts = dyad.split("-", -1);
            if (parts.length != 2) throw new IllegalArgumentException("--dyad must look like AZE-ARM, was '" + dyad + "'");
            q = q.dyad(star(parts[0]), star(parts[1]));
        }
        if (actor != null) q = q.involving(actor);
        if (type != null) q = q.type(type);
        if (factuality != null) q = q.factuality(parseFactuality(factuality));
        if (from != null || to != null) q = q.between(from, to);
        if (article != null) q = q.article(article);
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.openExisting()) {
            List<Event> events = db.events(q);
            long total = db.countEvents(q.page(-1, 0));
            if (events.isEmpty()) out.println("no events match");
            else EventTable.of(events).print(out);
            out.printf("%d of %d matching event(s)%n", events.size(), total);
        }
        return 0;
    }

    private static String star(String s) {
        return s.isBlank() || s.equals("*") ? null : s;
    }

    static Factuality parseFactuality(String s) {
        try {
            return Factuality.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--factuality must be one of asserted, reported, hypothetical, negated, proposed; was '" + s + "'");
        }
    }
}
