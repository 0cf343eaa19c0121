package org.faultline.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Writes one table twice: as Parquet ({@code DIR/TABLE/}) and, for the contract tables, as one
 * JSON Lines file ({@code DIR/TABLE.jsonl}, ordered by id) holding exactly the objects the project's
 * JSON mappers made — what {@code faultline import} reads. The JSON Lines file is streamed through
 * the driver partition by partition, and written under a temporary name first.
 */
final class OutputWriter {
    private final SparkSession spark;
    private final Path dir;

    OutputWriter(SparkSession spark, Path dir) {
        this.spark = spark;
        this.dir = dir;
    }

    /** Parquet and JSONL of contract JSON strings; returns the table as typed columns. */
    Dataset<Row> writeJson(String table, Dataset<String> json, StructType schema) {
        Dataset<Row> rows = spark.read().schema(schema).json(json);
        rows.write().mode(SaveMode.Overwrite).parquet(dir.resolve(table).toString());
        Dataset<Row> ordered = json.toDF("value").withColumn("id", functions.get_json_object(functions.col("value"), "$.id"))
                .orderBy("id").select("value");
        writeLines(dir.resolve(table + ".jsonl"), ordered.as(Encoders.STRING()).toLocalIterator());
        return spark.read().parquet(dir.resolve(table).toString());
    }

    /** Parquet of plain rows, plus JSONL through Spark's own JSON writer when {@code jsonl}. */
    void writeRows(String table, Dataset<Row> rows, boolean jsonl) {
        rows.write().mode(SaveMode.Overwrite).parquet(dir.resolve(table).toString());
        if (jsonl) writeLines(dir.resolve(table + ".jsonl"), spark.read().parquet(dir.resolve(table).toString()).toJSON().toLocalIterator());
    }

    private static void writeLines(Path file, Iterator<String> lines) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            while (lines.hasNext()) {
                w.write(lines.next());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + tmp + " to " + file + ": " + e.getMessage(), e);
        }
    }
}
