package org.faultline.server.http;

/**
 * A requested page of a listing: {@code limit} items after skipping {@code offset}.
 *
 * @param limit  at most this many items, at least 1
 * @param offset items skipped, at least 0
 */
public record Page(int limit, int offset) {
    public Page {
        if (limit < 1) throw new IllegalArgumentException("page limit must be >= 1, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("page offset must be >= 0, was " + offset);
    }
}
