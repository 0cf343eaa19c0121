package org.faultline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures HTML cleaning on the 130 real pages of shared/corpus/web-pages: token-level precision,
 * recall and F1 of the clean article text against the reference main text, averaged over pages.
 */
class WebPagesCleaningTest {
    private static final Logger LOG = LoggerFactory.getLogger(WebPagesCleaningTest.class);

    record PageScore(String name, boolean news, TokenOverlap overlap, TokenOverlap shingles) {
    }

    @Test
    void mainTextMatchesTheReferenceOnAverage() throws IOException {
        Path root = SharedFiles.webPages();
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        ObjectMapper json = new ObjectMapper();
        List<PageScore> scores = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("index.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode page = json.readTree(line);
            Path html = root.resolve(page.get("source").asText());
            List<IngestOutcome> out = ingestor.read(html.toString(), LocalDate.now());
            String text = out.size() == 1 && out.get(0) instanceof IngestOutcome.Read r ? r.article().text() : "";
            scores.add(new PageScore(page.get("name").asText(), page.path("is_news").asBoolean(),
                    TokenOverlap.of(text, page.get("expected_text").asText()),
                    TokenOverlap.shingles(text, page.get("expected_text").asText())));
        }
        assertThat(scores).hasSize(130);
        double p = scores.stream().mapToDouble(s -> s.overlap().precision()).average().orElse(0);
        double r = scores.stream().mapToDouble(s -> s.overlap().recall()).average().orElse(0);
        double f = scores.stream().mapToDouble(s -> s.overlap().f1()).average().orElse(0);
        double newsF = scores.stream().filter(PageScore::news).mapToDouble(s -> s.overlap().f1()).average().orElse(0);
        double shingleF = scores.stream().mapToDouble(s -> s.shingles().f1()).average().orElse(0);
        String summary = String.format(Locale.ROOT,
                "web-pages HTML cleaning over %d pages: token precision %.3f, recall %.3f, F1 %.3f "
                        + "(news pages F1 %.3f); 4-token shingle F1 %.3f",
                scores.size(), p, r, f, newsF, shingleF);
        LOG.info(summary);
        System.out.println(summary);
        scores.stream().sorted(Comparator.comparingDouble(s -> s.overlap().f1())).limit(15).forEach(s ->
                LOG.info(String.format(Locale.ROOT, "  weakest: %-40s %s P %.2f R %.2f F1 %.2f", s.name(), s.news() ? "news" : "    ",
                        s.overlap().precision(), s.overlap().recall(), s.overlap().f1())));
        assertThat(f).as("average token F1 (measured 0.968 when written)").isGreaterThanOrEqualTo(0.95);
    }
}
