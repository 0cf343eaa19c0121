package org.faultline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Exact duplicates across inputs, and a source read twice, without running the pipeline. */
class SparkJobDedupTest {
    @Test
    void earliestInputIsTheOriginalAndEachIdIsKeptOnce() throws Exception {
        try (SparkSession spark = Sessions.start("local[1]")) {
            List<Row> rows = List.of(
                    item("b", 2_000_000L, "h1"),   // same text as "a", read later
                    item("a", 1_000_000L, "h1"),
                    item("c", 3_000_000L, "h2"),
                    item("a", 4_000_000L, "h1"));  // the same source given twice
            Map<String, String> dupOf = SparkJob.dedup(spark.createDataFrame(rows, Records.ITEMS))
                    .collectAsList().stream()
                    .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("key")),
                            r -> String.valueOf(r.getString(r.fieldIndex("duplicate_of")))));
            assertThat(dupOf).containsExactlyInAnyOrderEntriesOf(Map.of("a", "null", "b", "a", "c", "null"));
        }
    }

    private static Row item(String id, long ord, String hash) {
        return RowFactory.create(Records.ARTICLE, id, "{}", null, null, ord, hash);
    }
}
