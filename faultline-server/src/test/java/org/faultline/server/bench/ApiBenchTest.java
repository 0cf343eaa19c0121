package org.faultline.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBenchTest {
    @TempDir Path dir;

    /** One small run at two sizes (one store grown from the first to the second): every scenario, no errors, nothing left behind. */
    @Test
    void smallRunsMeasureEveryScenarioAtEachSizeWithoutErrorsAndCleanUp() throws Exception {
        List<ApiBench.Report> streamed = new ArrayList<>();
        List<ApiBench.Report> reports = ApiBench.run(dir, new ApiBench.Config(1, 2, 24), List.of(16, 8), streamed::add);
        assertThat(streamed).containsExactlyElementsOf(reports);
        assertThat(reports).extracting(r -> r.config().articles()).containsExactly(8, 16);
        assertThat(reports).extracting(ApiBench.Report::events).containsExactly(8L * 4, 16L * 4);
        for (ApiBench.Report r : reports) {
            assertThat(r.results()).hasSize(8);
            for (LoadResult l : r.results()) {
                assertThat(l.errors()).as(l.scenario()).isZero();
                assertThat(l.p95Ms()).isGreaterThanOrEqualTo(l.p50Ms()).isPositive();
                assertThat(l.requestsPerSecond()).isPositive();
                // the server's own time comes back in its Server-Timing header, and is part of what the client waited
                assertThat(l.serverP50Ms()).as(l.scenario()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(l.p95Ms());
            }
            assertThat(r.format()).contains("p95").contains("search").contains("srv p95").contains("load average");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
