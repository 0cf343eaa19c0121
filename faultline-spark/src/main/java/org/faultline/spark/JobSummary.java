package org.faultline.spark;

import java.time.Duration;

/**
 * What one run of {@link SparkJob} wrote.
 *
 * @param articles       articles processed (duplicates included)
 * @param events         events coded
 * @param claims         claims attributed
 * @param incidents      incidents found
 * @param contradictions contradictions found
 * @param tensionRows    rows of the daily tension table
 * @param rejects        inputs or records that were rejected (see the {@code rejects} table)
 * @param processing     wall time of reading, annotating and coding (until all articles were processed)
 * @param elapsed        wall time of the whole run, writing included
 */
public record JobSummary(long articles, long events, long claims, long incidents, long contradictions, long tensionRows,
                         long rejects, Duration processing, Duration elapsed) {
    public double articlesPerSecond() {
        return articles / Math.max(1e-9, processing.toNanos() / 1e9);
    }
}
