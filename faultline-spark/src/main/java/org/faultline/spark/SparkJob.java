package org.faultline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

/**
 * The Spark runner: the CLI's ingest, pipeline and corpus steps over a cluster (or local threads).
 * <ol>
 *   <li>read and clean every input with the CLI's ingestor ({@link ArticleReading});</li>
 *   <li>mark exact duplicates (same cleaned content: the earliest input is the original);</li>
 *   <li>annotate, code events and attribute claims with the CLI's pipeline, built once per
 *       executor ({@link ArticleProcessing});</li>
 *   <li>incidents per dyad and month ({@link IncidentStep}), contradictions per incident and
 *       article ({@link ContradictionStep}), the daily tension series ({@link TensionStep});</li>
 *   <li>write Parquet tables {@code articles, events, claims, incidents, contradictions, tension,
 *       rejects} and the contract's JSON Lines files ({@link OutputWriter}).</li>
 * </ol>
 * Inputs that cannot be read and articles the pipeline fails on go to {@code rejects}; the job
 * goes on. Needs a running {@link SparkSession}; the caller owns it.
 */
public final class SparkJob {
    private final SparkSession spark;

    public SparkJob(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    public JobSummary run(JobOptions options) {
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        try {
            Files.createDirectories(options.output());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + options.output() + ": " + e.getMessage(), e);
        }
        int partitions = partitions(options);
        Stages stages = process(options, partitions);
        Dataset<Row> read = stages.read(), processed = stages.processed();
        processed.count(); // runs the pipeline once; every later step reads the persisted rows
        Duration processing = Duration.ofNanos(System.nanoTime() - start);

        JavaRDD<Row> linked = IncidentStep.link(processed.filter(col("kind").equalTo(Records.EVENT)).javaRDD(),
                options.pipeline(), partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> eventJson = linked.filter(r -> Records.EVENT.equals(r.getString(0))).map(r -> r.getString(1));
        JavaRDD<String> incidentJson = linked.filter(r -> "incident".equals(r.getString(0))).map(r -> r.getString(1));
        JavaPairRDD<String, String> claimRows = processed.filter(col("kind").equalTo(Records.CLAIM)).javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(2), r.getString(3)));
        JavaRDD<String> contradictionJson = ContradictionStep.find(claimRows, eventJson, partitions);

        OutputWriter out = new OutputWriter(spark, options.output());
        Dataset<Row> articleTable = out.writeJson("articles", strings(processed, Records.ARTICLE), ContractSchemas.ARTICLES);
        Dataset<Row> eventTable = out.writeJson("events", spark.createDataset(eventJson.rdd(), Encoders.STRING()), ContractSchemas.EVENTS);
        Dataset<Row> claimTable = out.writeJson("claims", strings(processed, Records.CLAIM), ContractSchemas.CLAIMS);
        Dataset<Row> incidentTable = out.writeJson("incidents", spark.createDataset(incidentJson.rdd(), Encoders.STRING()), ContractSchemas.INCIDENTS);
        Dataset<Row> contradictionTable = out.writeJson("contradictions",
                spark.createDataset(contradictionJson.rdd(), Encoders.STRING()), ContractSchemas.CONTRADICTIONS);
        Dataset<Row> tension = TensionStep.daily(spark, eventTable, articleTable);
        out.writeRows("tension", tension, false);
        Dataset<Row> rejects = read.filter(col("kind").equalTo(Records.REJECT)).select(col("key").as("input"), lit("read").as("stage"), col("json").as("reason"))
                .union(processed.filter(col("kind").equalTo(Records.REJECT)).select(col("key").as("input"), lit("process").as("stage"), col("json").as("reason")))
                .orderBy("input");
        out.writeRows("rejects", rejects, true);

        JobSummary summary = new JobSummary(articleTable.count(), eventTable.count(), claimTable.count(), incidentTable.count(),
                contradictionTable.count(), spark.read().parquet(options.output().resolve("tension").toString()).count(),
                spark.read().parquet(options.output().resolve("rejects").toString()).count(), processing,
                Duration.ofNanos(System.nanoTime() - start));
        linked.unpersist();
        processed.unpersist();
        read.unpersist();
        return summary;
    }

    /** The persisted outputs of stages 1-2: what was read (articles and rejects), and what the pipeline made of it. */
    record Stages(Dataset<Row> read, Dataset<Row> processed) {}

    int partitions(JobOptions options) {
        return options.partitions() > 0 ? options.partitions() : 2 * spark.sparkContext().defaultParallelism();
    }

    /** Stages 1-2 (read, dedup, annotate and code), lazily: nothing runs until an action on {@code processed}. */
    Stages process(JobOptions options, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> sources = ArticleReading.plan(options.inputs());
        if (sources.isEmpty()) throw new IllegalArgumentException("no input files found in " + options.inputs());
        Dataset<Row> read = spark.createDataFrame(ArticleReading.read(sc, sources, options.maxBytes(), partitions), Records.ITEMS)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> articles = dedup(read.filter(col("kind").equalTo(Records.ARTICLE)));
        JavaRDD<Row> processedRdd = ArticleProcessing.process(
                articles.select("key", "json", "published", "outlet", "duplicate_of").repartition(partitions).javaRDD(),
                options.pipeline());
        return new Stages(read, spark.createDataFrame(processedRdd, Records.ITEMS).persist(StorageLevel.MEMORY_AND_DISK()));
    }

    private static Dataset<String> strings(Dataset<Row> items, String kind) {
        return items.filter(col("kind").equalTo(kind)).select("json").as(Encoders.STRING());
    }

    /**
     * One row per article id (a source given twice is read once), with {@code duplicate_of} set to
     * the earliest article of the same cleaned content. Near-duplicates are not marked here.
     */
    static Dataset<Row> dedup(Dataset<Row> articles) {
        WindowSpec byId = Window.partitionBy("key").orderBy("ord");
        WindowSpec byContent = Window.partitionBy("content_hash").orderBy("ord");
        Dataset<Row> once = articles.withColumn("nth", row_number().over(byId)).filter(col("nth").equalTo(1)).drop("nth");
        Dataset<Row> marked = once.withColumn("original", first("key").over(byContent));
        return marked.withColumn("duplicate_of", when(col("original").notEqual(col("key")), col("original")).otherwise(lit(null)))
                .drop("original");
    }
}
