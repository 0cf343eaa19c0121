package org.faultline.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class ScorerDebug {
    @Test
    void dump() throws Exception {
        Path p = Path.of("/work/shared/corpus/web-pages/" + System.getProperty("pages", "bug-1255978") + "/source.html");
        Document doc = Jsoup.parse(Files.readString(p));
        List<org.faultline.ingest.RemovedSpan> removed = new ArrayList<>();
        HtmlPreparer.prepare(doc.body(), true, removed);
        ContentScorer scorer = new ContentScorer();
        List<Element> content = scorer.select(doc.body());
        for (Element e : content) System.out.println("CONTENT " + e.normalName() + " ." + e.className() + " #" + e.id() + " score=" + scorer.score(e) + " len=" + e.text().length());
        doc.body().getAllElements().stream().filter(e -> scorer.score(e) != 0).sorted((a, b) -> Double.compare(scorer.score(b), scorer.score(a))).limit(8)
                .forEach(e -> System.out.println("  cand " + e.normalName() + " ." + e.className() + " #" + e.id() + " score=" + scorer.score(e) + " len=" + e.text().length()));
        Element tw = doc.selectFirst(".text-wrapper");
        System.out.println("text-wrapper present=" + (tw != null) + (tw != null ? " score=" + scorer.score(tw) + " parent=" + tw.parent().className() : ""));
        removed.stream().filter(s -> s.text().contains("Most people go")).forEach(s -> System.out.println("REMOVED " + s.reason() + " " + s.text().substring(0, 80)));
    }
}
