package org.faultline.store;

import java.time.Instant;

/**
 * An alert as fired and kept: once per dyad, granularity and period.
 *
 * @param dyad        e.g. "ARM-AZE"
 * @param granularity "daily" or "weekly"
 * @param period      the period's first day, ISO
 * @param payload     the JSON sent to sinks
 * @param firedAt     when it was first fired
 */
public record StoredAlert(String dyad, String granularity, String period, String payload, Instant firedAt) {
    public StoredAlert {
        if (dyad == null || granularity == null || period == null || payload == null)
            throw new IllegalArgumentException("an alert needs dyad, granularity, period and payload");
    }
}
