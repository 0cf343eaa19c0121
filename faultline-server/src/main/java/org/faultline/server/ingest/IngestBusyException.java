package org.faultline.server.ingest;

/**
 * Every annotation slot stayed busy while the request waited: the API answers 503 with
 * {@code Retry-After}, so one long article never makes later POSTs hang. The message is shown
 * to the client.
 */
public final class IngestBusyException extends RuntimeException {
    public IngestBusyException(String message) {
        super(message);
    }
}
