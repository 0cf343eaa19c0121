package org.faultline.corenlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the benchmark on the seeds. Small by default so the suite stays quick; for real figures run
 * {@code mvn -pl faultline-corenlp test -Dtest=AnnotatorBenchmarkTest -Dfaultline.bench.docs=200}.
 */
class AnnotatorBenchmarkTest {

    @Test
    void measuresSeedsWithOneAndTwoThreads() {
        Integer requested = Integer.getInteger("faultline.bench.docs");
        int docs = requested == null ? 5 : requested;
        List<String> seeds = Seeds.all();
        List<String> texts = new ArrayList<>();
        for (int i = 0; texts.size() < docs; i++) texts.add(seeds.get(i % seeds.size()));
        CoreNlpAnnotator annotator = SharedAnnotator.get();
        if (requested != null) AnnotatorBenchmark.run(annotator, seeds, 2); // JIT warm-up for real figures

        BenchmarkResult one = AnnotatorBenchmark.run(annotator, texts, 1);
        BenchmarkResult two = AnnotatorBenchmark.run(annotator, texts, 2);

        assertThat(one.docs()).isEqualTo(docs);
        assertThat(two.tokens()).isEqualTo(one.tokens()).isGreaterThan(docs * 100L);
        assertThat(one.tokensPerSecond()).isPositive();
        assertThat(two.peakHeapMb()).isPositive();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> AnnotatorBenchmark.run(null, List.of("x"), 1)).hasMessageContaining("annotator");
        assertThatThrownBy(() -> AnnotatorBenchmark.run((id, t, d) -> null, List.of(), 1)).hasMessageContaining("texts");
        assertThatThrownBy(() -> AnnotatorBenchmark.run((id, t, d) -> null, List.of("x"), 0)).hasMessageContaining("0");
    }
}
