package org.faultline.cli;

import java.io.PrintWriter;
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
@Command(name = "events", mixinStandardHelpOptions = true, subcommands = EventShowCommand.class,
        description = "Lists stored events, filtered, as a readable table (read-only); 'events show ID' prints one in full.")
final class EventsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Mixin EventFilterOptions filters;
    @Option(names = "--article", paramLabel = "ID") String article;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--offset", defaultValue = "0") int offset;

    @Override
    public Integer call() {
        EventQuery q = filters.apply(EventQuery.all().page(limit, offset));
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

    static Factuality parseFactuality(String s) {
        try {
            return Factuality.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--factuality must be one of asserted, reported, hypothetical, negated, proposed; was '" + s + "'");
        }
    }
}
