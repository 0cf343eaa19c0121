package org.faultline.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions as the runner wants them: a given master (or spark-submit's), modest shuffles, nulls kept in JSON. */
final class Sessions {
    private Sessions() {}

    /**
     * @param master a Spark master URL ({@code local[2]}, {@code spark://host:7077}), or null to keep
     *               what spark-submit configured, falling back to {@code local[*]}
     */
    static SparkSession start(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("faultline");
        boolean submitted = System.getProperty("spark.master") != null;
        if (master != null) b = b.master(master);
        else if (!submitted) b = b.master("local[*]");
        if (master != null && master.startsWith("local") || !submitted) {
            // A local run has a handful of cores: Spark's 200 default shuffle partitions would be mostly empty tasks.
            b = b.config("spark.sql.shuffle.partitions", "8").config("spark.ui.enabled", "false");
        }
        return b.getOrCreate();
    }
}
