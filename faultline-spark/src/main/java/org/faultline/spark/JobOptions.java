package org.faultline.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one run of {@link SparkJob} reads and writes.
 *
 * @param inputs     files, folders (walked recursively) and http(s) URLs, as for {@code faultline ingest}
 * @param output     folder receiving the Parquet tables and JSON Lines files (created if missing)
 * @param partitions partitions for annotation and the corpus steps; 0 = twice the default parallelism
 * @param maxBytes   size limit per input, as {@code ingest --max-bytes}
 * @param pipeline   the pipeline each executor builds
 */
public record JobOptions(List<String> inputs, Path output, int partitions, long maxBytes, PipelineSpec pipeline) {
    public JobOptions {
        if (inputs == null || inputs.isEmpty()) throw new IllegalArgumentException("at least one input is needed, got " + inputs);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (partitions < 0) throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        Objects.requireNonNull(pipeline, "pipeline");
    }

    public static JobOptions of(List<String> inputs, Path output) {
        return new JobOptions(inputs, output, 0, org.faultline.ingest.IngestOptions.DEFAULT_MAX_BYTES, PipelineSpec.defaults());
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(inputs, output, n, maxBytes, pipeline);
    }
}
