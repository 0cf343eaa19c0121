package org.faultline.ingest.html;

import org.faultline.ingest.RemovedSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Extracts the article text of a web page and records everything cut around it (a boilerplate
 * remover in the manner of Mozilla's Readability, over jsoup): strip junk and furniture
 * ({@link HtmlPreparer}), pick the best-scoring content block and its siblings ({@link ContentScorer}),
 * clean inside it ({@link ConditionalCleaner}), write paragraphs ({@link BlockTextWriter}). When the
 * result is short (under 500 characters), it retries with gentler settings and keeps the longest text.
 * Stateless and thread-safe; the given document is not modified.
 */
public final class MainContentExtractor {
    private static final int ENOUGH_CHARS = 500;

    public ExtractedText extract(Document doc) {
        ExtractedText best = null;
        boolean[][] attempts = {{true, true}, {false, true}, {false, false}};
        for (boolean[] flags : attempts) {
            ExtractedText attempt = attempt(doc.clone(), flags[0], flags[1]);
            if (best == null || attempt.text().length() > best.text().length()) best = attempt;
            if (best.text().length() >= ENOUGH_CHARS) break;
        }
        return best;
    }

    private ExtractedText attempt(Document doc, boolean stripUnlikely, boolean useWeights) {
        Element body = doc.body();
        List<RemovedSpan> removed = new ArrayList<>();
        HtmlPreparer.prepare(body, stripUnlikely, removed);
        ContentScorer scorer = new ContentScorer();
        List<Element> content = scorer.select(body);
        if (content.isEmpty()) content = List.of(body);
        recordOutside(body, content, removed);
        for (Element e : content) ConditionalCleaner.clean(e, useWeights, scorer::score, removed);
        return new ExtractedText(BlockTextWriter.write(content), removed);
    }

    /** Records as removed the text of every subtree of the body holding none of the content. */
    private static void recordOutside(Element body, List<Element> content, List<RemovedSpan> removed) {
        Set<Element> inContent = Collections.newSetFromMap(new IdentityHashMap<>());
        inContent.addAll(content);
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element c : content) for (Element p = c.parent(); p != null; p = p.parent()) holders.add(p);
        visit(body, inContent, holders, removed);
    }

    private static void visit(Element e, Set<Element> inContent, Set<Element> holders, List<RemovedSpan> removed) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) removed.add(new RemovedSpan("outside-main-content", t.text().strip()));
            } else if (child instanceof Element c && !inContent.contains(c)) {
                if (holders.contains(c)) {
                    visit(c, inContent, holders, removed);
                } else {
                    String text = c.text().strip();
                    if (!text.isEmpty()) {
                        String reason = HtmlSignals.reason(c);
                        removed.add(new RemovedSpan(reason.equals("boilerplate") ? "outside-main-content" : reason, text));
                    }
                }
            }
        }
    }
}
