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
        candidates.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (candidates.isEmpty()) return List.of();
        Element top = sharedAncestor(candidates);
        scores.putIfAbsent(top, initialScore(top));
        top = climbWhileParentScoresHigher(top);
        while (top.parent() != null && !top.normalName().equals("body") && !top.parent().normalName().equals("body")
                && top.parent().children().size() == 1) {
            top = top.parent();
        }
        double best = scores.getOrDefault(top, 0.0);
        return withSiblings(top, best);
    }

    /**
     * When at least three other strong candidates (75% of the best score) share an ancestor with the
     * best one, the article is split into parts: take that ancestor.
     */
    private Element sharedAncestor(List<Element> ranked) {
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        List<Set<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (topScore > 0 && scores.get(ranked.get(i)) / topScore >= 0.75) alternatives.add(ancestors(ranked.get(i)));
        }
        if (alternatives.size() < 3) return top;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            int holding = 0;
            for (Set<Element> a : alternatives) if (a.contains(p)) holding++;
            if (holding >= 3) return p;
        }
        return top;
    }

    /** Moves up to a parent that scores higher, as long as parents keep a third of the score. */
    private Element climbWhileParentScoresHigher(Element top) {
        double last = scores.get(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > last) return p;
            last = ps;
        }
        return top;
    }

    private static Set<Element> ancestors(Element e) {
        Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p = e.parent(); p != null; p = p.parent()) out.add(p);
        return out;
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
