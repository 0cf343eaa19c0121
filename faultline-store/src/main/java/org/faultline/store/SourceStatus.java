package org.faultline.store;

import java.time.Instant;

/**
 * What the store remembers of one watched source between polls and restarts.
 *
 * @param name                the source's configured name (unique)
 * @param location            its URL or path as configured
 * @param outlet              the outlet its articles are shown under, or null
 * @param etag                the last ETag the server sent, for If-None-Match, or null
 * @param lastModified        the last Last-Modified the server sent, for If-Modified-Since, or null
 * @param lastPoll            when it was last polled, or null
 * @param lastSuccess         when a poll last succeeded, or null
 * @param nextPoll            when it is next due, or null for at once
 * @param itemsSeen           items it has yielded so far
 * @param errors              failed polls so far
 * @param consecutiveFailures failed polls since the last success (drives the backoff)
 * @param lastError           the last failure's reason, or null
 */
public record SourceStatus(String name, String location, String outlet, String etag, String lastModified,
                           Instant lastPoll, Instant lastSuccess, Instant nextPoll, long itemsSeen, long errors,
                           int consecutiveFailures, String lastError) {
    public SourceStatus {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("source name must not be blank");
        if (location == null || location.isBlank()) throw new IllegalArgumentException("source " + name + " needs a location");
    }

    /** A source never polled. */
    public static SourceStatus fresh(String name, String location, String outlet) {
        return new SourceStatus(name, location, outlet, null, null, null, null, null, 0, 0, 0, null);
    }

    /** After a successful poll that yielded {@code newItems}. */
    public SourceStatus succeeded(Instant at, Instant next, String newEtag, String newLastModified, int newItems) {
        return new SourceStatus(name, location, outlet, newEtag, newLastModified, at, at, next, itemsSeen + newItems,
                errors, 0, null);
    }

    /** After a failed poll. */
    public SourceStatus failed(Instant at, Instant next, String reason) {
        return new SourceStatus(name, location, outlet, etag, lastModified, at, lastSuccess, next, itemsSeen,
                errors + 1, consecutiveFailures + 1, reason);
    }

    /** The same state under a (re)configured location and outlet. */
    public SourceStatus configured(String newLocation, String newOutlet) {
        boolean moved = !newLocation.equals(location);
        return new SourceStatus(name, newLocation, newOutlet, moved ? null : etag, moved ? null : lastModified, lastPoll,
                lastSuccess, nextPoll, itemsSeen, errors, consecutiveFailures, lastError);
    }
}
