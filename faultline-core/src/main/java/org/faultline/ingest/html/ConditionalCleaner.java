package org.faultline.ingest.html;

import org.faultline.ingest.RemovedSpan;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Second pass, inside the chosen article: removes blocks that look like furniture by their shape
 * rather than their name (link lists, image galleries, forms, share bars, headings with negative
 * class names), following Readability's "clean conditionally" rules. Data tables stay.
 */
final class ConditionalCleaner {
    private static final int MAX_BLOCKS = 4000;

    private ConditionalCleaner() {
    }

    /**
     * @param scores content scores from the {@link ContentScorer}: a negative class name does not remove
     *               an element that holds much of the text (as in Readability, weight + score decides)
     */
    static void clean(Element article, boolean useWeights, java.util.function.ToDoubleFunction<Element> scores,
                      List<RemovedSpan> removed) {
        for (Element e : new ArrayList<>(article.select("*"))) {
            if (e == article || !attached(e, article)) continue;
            if (HtmlSignals.SHARE.matcher(HtmlSignals.matchString(e)).find() && e.text().length() < 500
                    && scores.applyAsDouble(e) <= 0) HtmlPreparer.cut(e, "share-widget", removed);
        }
        for (Element h : new ArrayList<>(article.select("h1, h2"))) {
            if (useWeights && HtmlSignals.classWeight(h) < 0) HtmlPreparer.cut(h, HtmlSignals.reason(h), removed);
        }
        List<Element> blocks = new ArrayList<>(article.select("form, fieldset, table, ul, ol, div, section, aside"));
        // Each removal shifts its siblings; on pathological pages (tens of thousands of blocks) that is quadratic.
        if (blocks.size() > MAX_BLOCKS) return;
        Collections.reverse(blocks);
        for (Element e : blocks) {
            if (e == article || !attached(e, article)) continue;
            if (shouldRemove(e, useWeights, scores.applyAsDouble(e))) HtmlPreparer.cut(e, reasonFor(e), removed);
        }
        for (Element p : new ArrayList<>(article.select("p"))) {
            if (attached(p, article) && p.text().isBlank() && p.select("img, embed, object, iframe").isEmpty()) p.remove();
        }
    }

    private static boolean attached(Element e, Element article) {
        for (Element p = e; p != null; p = p.parent()) if (p == article) return true;
        return false;
    }

    private static String reasonFor(Element e) {
        String r = HtmlSignals.reason(e);
        return r.equals("boilerplate") ? "link-list-or-widget" : r;
    }

    private static boolean shouldRemove(Element e, boolean useWeights, double score) {
        String tag = e.normalName();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (tag.equals("table") && !e.select("th, caption, thead").isEmpty()) return false;
        if (DomText.hasAncestor(e, "code", 0) || DomText.hasAncestor(e, "pre", 0)) return false;
        int weight = useWeights ? HtmlSignals.classWeight(e) : 0;
        if (weight < 0 && weight + score < 0) return true;
        String text = e.text();
        if (DomText.commas(text) >= 10) return false;
        int p = e.select("p").size();
        int img = e.select("img").size();
        int li = e.select("li").size() - 100;
        int input = e.select("input").size();
        int headingChars = 0;
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) headingChars += h.text().length();
        double headingDensity = text.isEmpty() ? 0 : (double) headingChars / text.length();
        int embeds = e.select("object, embed, iframe").size();
        double linkDensity = DomText.linkDensity(e);
        int length = text.length();
        boolean figure = DomText.hasAncestor(e, "figure", 3);
        if (img > 1 && (double) p / img < 0.5 && !figure) return true;
        if (!isList && li > p) return true;
        if (input > Math.floor(p / 3.0)) return true;
        if (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !figure) return true;
        if (!isList && weight < 25 && linkDensity > 0.2) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        if (isList && linkDensity > 0.5 && length < 1000) return true;
        return embeds == 1 && length < 75 || embeds > 1;
    }
}
