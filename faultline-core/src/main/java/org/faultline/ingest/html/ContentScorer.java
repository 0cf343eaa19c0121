package org.faultline.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element holding the article: every paragraph-like element with at least 25 characters
 * scores 1 + its commas + one per 100 characters (at most 3), shared with up to five ancestors
 * (full, half, then score / (3 x level)); ancestors start from a tag and class weight; the final
 * score is discounted by link density. The best-scoring element wins, and its siblings that score
 * well or read as prose join it (as in Mozilla's Readability).
 */
final class ContentScorer {
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    /** The elements making up the article, in document order; empty when nothing scored. */
    List<Element> select(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!isScorable(e)) continue;
            String text = e.text();
            if (text.length() < 25) continue;
            double score = 1 + DomText.commas(text) + Math.min(Math.floor(text.length() / 100.0), 3);
            int level = 0;
            for (Element a = e.parent(); a != null && level < 5; a = a.parent(), level++) {
                if (a.normalName().equals("#root") || a.parent() == null && !a.normalName().equals("body")) break;
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, score / divider, Double::sum);
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - DomText.linkDensity(c));
            scores.put(c, s);
            if (s > best) {
                best = s;
                top = c;
            }
        }
        if (top == null) return List.of();
        while (top.parent() != null && !top.normalName().equals("body") && top.parent().children().size() == 1
                && !top.parent().normalName().equals("body")) {
            top = top.parent();
            best = Math.max(best, scores.getOrDefault(top, best));
        }
        return withSiblings(top, best);
    }

    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(s);
            if (score != null && score + bonus >= threshold) {
                out.add(s);
            } else if (s.normalName().equals("p")) {
                double ld = DomText.linkDensity(s);
                String text = s.text();
                if (text.length() > 80 && ld < 0.25) out.add(s);
                else if (text.length() < 80 && !text.isEmpty() && ld == 0 && text.matches("(?s).*\\.( .*|$)")) out.add(s);
            }
        }
        return out;
    }

    private static boolean isScorable(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) return true;
        return tag.equals("div") && !DomText.hasBlockChild(e);
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + HtmlSignals.classWeight(e);
    }

    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }
}
