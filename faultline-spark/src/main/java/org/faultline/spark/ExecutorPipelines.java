package org.faultline.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.faultline.incidents.IncidentLinker;
import org.faultline.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of this executor JVM, built on first use from a {@link PipelineSpec} and then shared
 * by every task (and task thread) the JVM runs.
 * <p>
 * <b>Why a static holder</b>, against the project's rule of no static model holders: Spark offers
 * user code no per-executor-JVM life cycle. A task is a deserialised closure; a broadcast variable
 * is data, deserialised per executor but with no hook to run a 30-second model load once; and the
 * pipeline must never travel serialised (≈1 GB of CoreNLP models, and not {@code Serializable}).
 * Building it per partition would reload the models for every task. A JVM-wide map keyed by the
 * serialisable spec is the one place that lives as long as the executor, so this is the single,
 * documented exception; it is package-private and only the Spark functions use it. The pipeline
 * is thread-safe, so executors with several cores share one.
 */
final class ExecutorPipelines {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);
    private static final Map<PipelineSpec, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<PipelineSpec, IncidentLinker> LINKERS = new ConcurrentHashMap<>();

    private ExecutorPipelines() {}

    static Pipeline pipeline(PipelineSpec spec) {
        return PIPELINES.computeIfAbsent(spec, s -> {
            long t0 = System.nanoTime();
            Pipeline p = s.build();
            LOG.info("executor pipeline built in {} s ({})", (System.nanoTime() - t0) / 1_000_000_000, s);
            return p;
        });
    }

    static IncidentLinker incidentLinker(PipelineSpec spec) {
        return LINKERS.computeIfAbsent(spec, PipelineSpec::incidentLinker);
    }
}
