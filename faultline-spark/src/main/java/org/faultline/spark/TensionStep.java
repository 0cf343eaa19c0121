package org.faultline.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Stage 5, the tension series in Spark SQL: per day, directed dyad (source country, target
 * country) and quad, the number of events and the sum of their Goldstein scores.
 * <p>
 * Counted: events with both countries known that happened as far as the report goes (asserted or
 * reported; not negated, hypothetical or proposed). Each incident counts once, through its first
 * report's event (earliest publication, then event id), so ten articles on one shelling do not
 * make ten shellings; events outside any incident count alone. The day is the event's own date
 * when the text dates it to the day, else its article's publication date; undated events are left out.
 */
final class TensionStep {
    static final String SQL = """
            SELECT day, source_country, target_country, quad, count(*) AS events, sum(goldstein) AS goldstein_sum
            FROM (
              SELECT e.source.country AS source_country, e.target.country AS target_country, e.quad, e.goldstein,
                     coalesce(CASE WHEN e.date_precision = 'day' THEN to_date(e.date) END, a.published) AS day,
                     row_number() OVER (PARTITION BY coalesce(e.incident_id, e.id)
                                        ORDER BY a.published ASC NULLS LAST, e.id) AS nth
              FROM fl_events e LEFT JOIN fl_articles a ON e.article_id = a.id
              WHERE e.source.country IS NOT NULL AND e.target.country IS NOT NULL
                AND e.factuality IN ('asserted', 'reported')
            )
            WHERE nth = 1 AND day IS NOT NULL
            GROUP BY day, source_country, target_country, quad
            ORDER BY day, source_country, target_country, quad
            """;

    private TensionStep() {}

    static Dataset<Row> daily(SparkSession spark, Dataset<Row> events, Dataset<Row> articles) {
        events.createOrReplaceTempView("fl_events");
        articles.createOrReplaceTempView("fl_articles");
        return spark.sql(SQL);
    }
}
