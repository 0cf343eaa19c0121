package org.faultline.ingest.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The class/id vocabulary that tells content from page furniture, in the spirit of Mozilla's
 * Readability: words such as "article" or "content" raise an element's weight, "comment", "share",
 * "sidebar" lower it. Also maps furniture to the {@link org.faultline.ingest.RemovedSpan} reason shown
 * to users.
 */
final class HtmlSignals {
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|"
                    + "legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
                    + "ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|cookie|navbar",
            Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathml|shadow", Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy|social)(\\b|_)", Pattern.CASE_INSENSITIVE);

    private HtmlSignals() {
    }

    static String matchString(Element e) {
        return e.className() + " " + e.id();
    }

    /** +/-25 for a positive or negative class, and again for the id. */
    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) w -= 25;
            if (POSITIVE.matcher(cls).find()) w += 25;
        }
        // schema.org markup names the article body outright on many news sites
        if (e.attr("itemprop").contains("articleBody")) w += 25;
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) w -= 25;
            if (POSITIVE.matcher(id).find()) w += 25;
        }
        return w;
    }

    static boolean isVisible(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("visibility:hidden")) return false;
        if (e.hasAttr("hidden")) return false;
        return !("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image"));
    }

    /** The removed-span reason for a piece of furniture, from its tag, role, class and id. */
    static String reason(Element e) {
        String s = (e.normalName() + " " + e.attr("role") + " " + matchString(e)).toLowerCase(Locale.ROOT);
        if (s.matches("(?s).*(comment|disqus|replies|respond|reply).*")) return "comment-form";
        if (s.matches("(?s).*(share|social|sharedaddy).*")) return "share-widget";
        if (s.matches("(?s).*(related|outbrain|taboola|recommend|more-stories|read-more).*")) return "related-posts";
        if (s.matches("(?s).*(nav|menu|breadcrumb|pagination|pager|navigation|menubar).*")) return "navigation";
        if (s.matches("(?s).*(author|byline|bio).*")) return "author-bio";
        if (s.matches("(?s).*(tags|categor).*")) return "category-label";
        if (s.matches("(?s).*(newsletter|subscribe|signup).*")) return "newsletter";
        if (s.matches("(?s).*(-ad-|\\bad\\b|ads|advert|sponsor|promo|banner).*")) return "advertisement";
        if (s.matches("(?s).*(footer|copyright).*")) return "footer";
        if (s.matches("(?s).*(header|masthead).*")) return "header";
        if (s.matches("(?s).*(sidebar|aside|complementary).*")) return "sidebar";
        if (s.matches("(?s).*(cookie|gdpr|consent|popup|modal|dialog).*")) return "popup";
        return "boilerplate";
    }
}
