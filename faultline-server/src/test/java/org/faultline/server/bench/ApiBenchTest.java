package org.faultline.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBenchTest {
    @TempDir Path dir;

    @Test
    void smallRunMeasuresEveryScenarioWithoutErrorsAndCleansUp() throws Exception {
        ApiBench.Report r = ApiBench.run(dir, new ApiBench.Config(16, 2, 24));
        assertThat(r.events()).isEqualTo(16 * 4);
        assertThat(r.results()).hasSize(8);
        for (LoadResult l : r.results()) {
            assertThat(l.errors()).as(l.scenario()).isZero();
            assertThat(l.p95Ms()).isGreaterThanOrEqualTo(l.p50Ms()).isPositive();
            assertThat(l.requestsPerSecond()).isPositive();
        }
        assertThat(r.format()).contains("p95").contains("search");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
