package org.faultline.cli;

import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.Event;

/** Renders events as a readable table: date, dyad, type, factuality, the path that produced it, and evidence. */
final class EventTable {
    private EventTable() {}

    static Table of(List<Event> events) {
        Table t = new Table(90, "DATE", "SOURCE", "TYPE", "TARGET", "FACT", "GS", "PATH", "TRIGGER", "EVIDENCE");
        for (Event e : events)
            t.row(e.date(), actor(e.source()), e.type() + (e.mode() == null ? "" : "/" + e.mode()), actor(e.target()),
                    e.factuality().label(), String.format("%+.1f", e.goldstein()), e.path(), e.trigger(), e.evidence());
        return t;
    }

    static String actor(Actor a) {
        if (a == null) return "-";
        return a.code() != null && !a.code().isBlank() ? a.code() : a.name();
    }
}
