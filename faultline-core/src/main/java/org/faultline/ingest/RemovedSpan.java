package org.faultline.ingest;

/**
 * A piece of the original that cleaning cut, kept so a reader can audit the cleaning.
 *
 * @param reason why it was cut: "navigation", "author-bio", "related-posts", "comment-form",
 *               "read-time", "share-widget", "category-label", "post-navigation", ...
 * @param text   the text that was removed
 */
public record RemovedSpan(String reason, String text) {
    public RemovedSpan {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("removed span needs a reason");
        if (text == null) throw new IllegalArgumentException("removed span text must not be null");
    }
}
