package org.faultline.events.export;

import java.net.URI;
import org.faultline.ingest.Article;

/**
 * Where an article came from, as a reader of an export should see it: the outlet and the
 * original web address. A local file path is never shown (it means nothing to whoever loads the
 * export, and may reveal a user's folders), so an article read from a file has a null URL and,
 * unless its watch source named one, a null outlet.
 *
 * @param outlet the publishing outlet (a configured name, else the URL's host without "www."), or null
 * @param url    the article's http(s) address, or null
 */
public record ArticleOrigin(String outlet, String url) {
    /** Nothing known. */
    public static final ArticleOrigin UNKNOWN = new ArticleOrigin(null, null);

    /** The origin of a stored article: its own URL, else a source that is a URL (feed item links are). */
    public static ArticleOrigin of(Article a) {
        if (a == null) return UNKNOWN;
        String url = web(a.url());
        if (url == null) url = web(stripFragment(a.source()));
        return new ArticleOrigin(host(url), url);
    }

    /** This origin with the outlet replaced when {@code name} is given (a watch source's outlet). */
    public ArticleOrigin withOutlet(String name) {
        return name == null || name.isBlank() ? this : new ArticleOrigin(name, url);
    }

    private static String web(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.startsWith("http://") || t.startsWith("https://") ? t : null;
    }

    private static String stripFragment(String s) {
        if (s == null) return null;
        int hash = s.indexOf('#');
        return hash > 0 ? s.substring(0, hash) : s;
    }

    /** The URL's host without a leading "www.", or null. */
    public static String host(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            if (host == null) return null;
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null; // a malformed URL names no outlet
        }
    }
}
