package org.faultline.ingest;

/**
 * Callback the {@link Ingestor} reports to while it works, e.g. to drive a progress bar and to store
 * each article as soon as it is read. All methods have no-op defaults; they are called on the
 * ingesting thread, in order.
 */
public interface IngestListener {
    /** Inputs were expanded (folders walked): {@code total} sources will be read. */
    default void planned(int total) {
    }

    /** One outcome (article or failure) is ready. */
    default void outcome(IngestOutcome outcome) {
    }

    /** Source number {@code done} (1-based) of {@code total} was read completely. */
    default void sourceDone(String source, int done, int total) {
    }

    /** A listener that does nothing. */
    static IngestListener none() {
        return new IngestListener() {
        };
    }
}
