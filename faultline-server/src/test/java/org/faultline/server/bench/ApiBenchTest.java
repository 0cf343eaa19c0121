package org.faultline.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            // the server's own time comes back in its Server-Timing header, and is part of what the client waited
            assertThat(l.serverP50Ms()).as(l.scenario()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(l.p95Ms());
        }
        assertThat(r.format()).contains("p95").contains("search");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void severalSizesGrowOneStoreAndReportEach() throws Exception {
        List<ApiBench.Report> reports = ApiBench.run(dir, new ApiBench.Config(1, 2, 8), List.of(12, 6));
        assertThat(reports).extracting(r -> r.config().articles()).containsExactly(6, 12);
        assertThat(reports).extracting(ApiBench.Report::events).containsExactly(6L * 4, 12L * 4);
        assertThat(reports).allMatch(r -> r.results().stream().allMatch(l -> l.errors() == 0));
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
