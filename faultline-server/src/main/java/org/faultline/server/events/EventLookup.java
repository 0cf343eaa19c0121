package org.faultline.server.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faultline.events.Event;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/**
 * Finds one event by id. Event ids are "{article id}-{sentence index}-{ordinal}", so the lookup
 * reads that article's events (an indexed query) instead of scanning every event.
 */
final class EventLookup {
    private static final Pattern ID = Pattern.compile("(.+)-\\d+-\\d+");

    private EventLookup() {}

    static Optional<Event> find(Store store, String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) return Optional.empty();
        return store.events(EventQuery.all().article(m.group(1))).stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
