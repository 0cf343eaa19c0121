package org.faultline.cli;

import java.time.LocalDate;
import org.faultline.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and {@code export}: dyad, actor, type, factuality, dates. */
final class EventFilterOptions {
    @Option(names = "--dyad", paramLabel = "SRC-TGT", description = "Source and target country codes, e.g. AZE-ARM (either may be *).")
    String dyad;
    @Option(names = "--actor", paramLabel = "CODE", description = "Events where this country code is on either side.")
    String actor;
    @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER type, e.g. ASSAULT.")
    String type;
    @Option(names = "--factuality", paramLabel = "F", description = "asserted, reported, hypothetical, negated or proposed.")
    String factuality;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events dated on or after this day.") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events dated on or before this day.") LocalDate to;

    /** True when no filter was given. */
    boolean none() {
        return dyad == null && actor == null && type == null && factuality == null && from == null && to == null;
    }

    /** {@code base} narrowed by the given filters. */
    EventQuery apply(EventQuery base) {
        EventQuery q = base;
        if (dyad != null) {
            String[] parts = dyad.split("-", -1);
            if (parts.length != 2) throw new IllegalArgumentException("--dyad must look like AZE-ARM, was '" + dyad + "'");
            q = q.dyad(star(parts[0]), star(parts[1]));
        }
        if (actor != null) q = q.involving(actor);
        if (type != null) q = q.type(type);
        if (factuality != null) q = q.factuality(EventsCommand.parseFactuality(factuality));
        if (from != null || to != null) q = q.between(from, to);
        return q;
    }

    private static String star(String s) {
        return s.isBlank() || s.equals("*") ? null : s;
    }
}
