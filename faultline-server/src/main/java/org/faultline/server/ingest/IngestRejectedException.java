package org.faultline.server.ingest;

/**
 * The input of an ingest request cannot be turned into an article (the URL cannot be fetched,
 * nothing is left after cleaning, ...). Its message is shown to the client, so it must say what
 * went wrong without internals.
 */
public final class IngestRejectedException extends RuntimeException {
    public IngestRejectedException(String message) {
        super(message);
    }

    public IngestRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
