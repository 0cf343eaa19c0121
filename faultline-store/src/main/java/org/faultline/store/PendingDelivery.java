package org.faultline.store;

/**
 * An alert not yet delivered to one sink.
 *
 * @param alert     the alert
 * @param sink      the sink's name
 * @param attempts  delivery attempts so far
 * @param lastError the last attempt's failure, or null
 */
public record PendingDelivery(StoredAlert alert, String sink, int attempts, String lastError) {}
