package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * Ranking on real text: the main text of the shared web pages is stored WITHOUT titles, then each
 * news page's title is used as an OR query over all bodies; the page itself should rank near the top.
 * Skipped when ../shared is not there.
 */
class SearchRealTextTest extends BackendTest {

    @Test
    void aPagesOwnTitleFindsItsBodyNearTheTop() throws Exception {
        Path index = shared().resolve("corpus/web-pages/index.jsonl");
        assumeTrue(Files.exists(index), "shared web pages not available");
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> pages = new ArrayList<>();
        for (String line : Files.readAllLines(index)) if (!line.isBlank()) pages.add(mapper.readTree(line));

        int asked = 0;
        int top1 = 0;
        int top3 = 0;
        try (Store store = open("web.db")) {
            for (JsonNode p : pages) {
                String text = p.path("expected_text").asText("");
                store.save(new Article(p.path("name").asText(), "web-pages/" + p.path("name").asText(), null, null, null,
                        false, "html", "", text, List.of(), null, null, List.of()), null, List.of());
            }
            long started = System.nanoTime();
            for (JsonNode p : pages) {
                // the synthetic edge-case pages have titles like "Remove script tags test": real pages only
                String query = p.path("is_news").asBoolean() ? orQuery(p.path("title").asText("")) : null;
                if (query == null) continue;
                asked++;
                List<String> ids = store.search(query, 3).stream().map(SearchHit::articleId).toList();
                if (!ids.isEmpty() && ids.get(0).equals(p.path("name").asText())) top1++;
                if (ids.contains(p.path("name").asText())) top3++;
            }
            double msPerQuery = (System.nanoTime() - started) / 1e6 / Math.max(1, asked);
            System.err.printf("title->body search over %d pages: %d queries, top-1 %.2f, top-3 %.2f, %.1f ms/query%n",
                    pages.size(), asked, top1 / (double) asked, top3 / (double) asked, msPerQuery);
        }
        assertThat(asked).isGreaterThan(40);
        assertThat(top3 / (double) asked).isGreaterThanOrEqualTo(0.85);
    }

    /** The title's words of 4+ letters, OR-ed; null when it has fewer than two. */
    private static String orQuery(String title) {
        List<String> words = new ArrayList<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (w.length() >= 4 && !words.contains(w)) words.add('"' + w + '"');
        return words.size() < 2 ? null : String.join(" OR ", words);
    }

    private static Path shared() {
        String prop = System.getProperty("faultline.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop);
        for (String candidate : new String[] {"../shared", "../../shared", "../../../shared"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) return p;
        }
        return Path.of("../shared");
    }
}
