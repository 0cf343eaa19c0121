package org.faultline.server.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.faultline.events.Event;
import org.faultline.server.http.ApiErrors;
import org.faultline.server.http.Page;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;

/**
 * Answers an event listing whose filters the store cannot apply ({@code actor}, {@code text},
 * undirected dyad): reads what the indexed filters match in chunks, tests each event, counts the
 * matches and keeps only the requested page, so memory stays bounded by the chunk size. The
 * number of events a request may scan is capped: past it the client gets a 400 asking to narrow
 * the query with indexed filters (dyad, country, type, dates, article).
 */
final class EventScan {
    // large: each chunk re-runs the ordered query and skips the rows before it, so few chunks scan fastest
    private static final int CHUNK = 10_000;
    private final Store store;
    private final long maxScan;

    EventScan(Store store, long maxScan) {
        this.store = store;
        this.maxScan = maxScan;
    }

    record Result(long total, List<Event> items) {}

    Result run(EventSelection sel, Page page, String filterParameter) {
        long[] matched = {0};
        List<Event> items = new ArrayList<>();
        forEach(sel.query(), filterParameter, e -> {
            if (!sel.postFilter().test(e)) return;
            if (matched[0] >= page.offset() && items.size() < page.limit()) items.add(e);
            matched[0]++;
        });
        return new Result(matched[0], items);
    }

    /** Every event {@code query} matches, in its order, read in chunks; refused past the scan limit. */
    void forEach(EventQuery query, String filterParameter, Consumer<Event> consumer) {
        long candidates = store.countEvents(query);
        if (candidates > maxScan)
            throw ApiErrors.badParameter(filterParameter, "would scan " + candidates + " events, more than the limit of "
                    + maxScan + "; narrow the query with dyad, country, type, from/to or article");
        for (int offset = 0; offset < candidates; offset += CHUNK) {
            List<Event> chunk = store.events(query.page(CHUNK, offset));
            chunk.forEach(consumer);
            if (chunk.size() < CHUNK) break;
        }
    }
}
