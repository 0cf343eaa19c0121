package org.faultline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.ingest.html.MainContentExtractor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class PageDebug {
    @Test
    void dump() throws Exception {
        System.setProperty("faultline.debugExtract", "true");
        Path root = SharedFiles.webPages();
        List<String> names = List.of(System.getProperty("pages", "ehow-1").split(","));
        ObjectMapper json = new ObjectMapper();
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        for (String line : Files.readAllLines(root.resolve("index.jsonl"))) {
            JsonNode page = json.readTree(line);
            if (!names.contains(page.get("name").asText())) continue;
            Path html = root.resolve(page.get("source").asText());
            String extracted = new MainContentExtractor().extract(Jsoup.parse(Files.readString(html))).text();
            List<IngestOutcome> out = ingestor.read(html.toString(), LocalDate.now());
            String text = out.get(0) instanceof IngestOutcome.Read r ? r.article().text() : out.get(0).toString();
            String exp = page.get("expected_text").asText();
            System.out.println("##### " + page.get("name").asText() + " extracted=" + extracted.length() + " text=" + text.length() + " expected=" + exp.length()
                    + " F1ext=" + TokenOverlap.of(extracted, exp) + " F1=" + TokenOverlap.of(text, exp));
            System.out.println("--- TEXT:\n" + text.substring(0, Math.min(1500, text.length())));
            System.out.println("--- EXPECTED:\n" + exp.substring(0, Math.min(1500, exp.length())));
            if (out.get(0) instanceof IngestOutcome.Read r) r.article().removed().forEach(s -> System.out.println("  RM[" + s.reason() + "] " + s.text().substring(0, Math.min(150, s.text().length())).replace("\n", " / ")));
        }
    }
}
