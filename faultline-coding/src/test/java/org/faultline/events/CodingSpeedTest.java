package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Event coding must not be the bottleneck: it should add less than 10% to CoreNLP's annotation time. */
class CodingSpeedTest {
    private static final Logger log = LoggerFactory.getLogger(CodingSpeedTest.class);

    @Test
    void codingTakesUnderATenthOfAnnotation() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Shared.dir().resolve("corpus/seeds"))) {
            for (Path f : files.sorted().toList()) texts.add(Files.readString(f));
        }
        TestAnnotator.get().annotate("warm-up", "Armenia and Azerbaijan held talks.", null);
        TestCoder.get().codeTimed(List.of(TestAnnotator.get().annotate("warm-up", "France condemned the attack.", null)));
        long start = System.nanoTime();
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) docs.add(TestAnnotator.get().annotate("seed-" + i, texts.get(i), LocalDate.of(2023, 9, 20)));
        long annotate = System.nanoTime() - start;
        TestCoder.get().codeTimed(docs); // first pass warms the JIT
        EventCoder.CodingRun run = TestCoder.get().codeTimed(docs);
        int tokens = docs.stream().mapToInt(Doc::tokenCount).sum();
        log.info("annotate {} ms, code {} ms ({} tokens, {} events): coding = {}% of annotation",
                annotate / 1_000_000, run.nanos() / 1_000_000, tokens, run.eventCount(),
                String.format("%.1f", 100.0 * run.nanos() / annotate));
        assertThat(run.nanos()).isLessThan(annotate / 10);
    }
}
