package org.faultline.server.http;

/**
 * How an article's source is shown by the API: a URL as it is, a file as its name only (with the
 * feed item or JSON Lines line it came from), so the server's folder layout never leaks to a
 * client. The store keeps the full source for the CLI and exports.
 */
public final class SourceLabel {
    private SourceLabel() {}

    /** The label to show for a stored source; null stays null. */
    public static String of(String source) {
        if (source == null) return null;
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return source;
        // a feed item: "path#item key" (the key may itself be a URL); a JSON Lines record: "path:line"
        int hash = source.indexOf('#');
        if (hash > 0) return fileName(source.substring(0, hash)) + source.substring(hash);
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("^(.*):(\\d+)$").matcher(source);
        if (line.matches()) return fileName(line.group(1)) + ":" + line.group(2);
        return fileName(source);
    }

    private static String fileName(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut >= 0 && cut < path.length() - 1 ? path.substring(cut + 1) : path;
    }
}
