package org.faultline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search box query in the store's query language (SQLite FTS5's: words, "phrases", OR, NOT,
 * prefix*, title:word) turned into a PostgreSQL tsquery expression. Most of it is handed to
 * {@code websearch_to_tsquery}, which reads words, phrases and OR and never fails on stray
 * punctuation; what websearch does not know becomes its own piece ANDed to it:
 * {@code NOT x} becomes {@code -x}, {@code farm*} a prefix term {@code farm:*}, and
 * {@code title:ceasefire} a term that must match the title (weight A; {@code text:} weight B).
 *
 * @param websearch what websearch_to_tsquery reads (may be empty)
 * @param terms     the extra single-word terms, each as to_tsquery text ("farm:*", "!ceasefire:A" negated)
 * @param hasWords  false when the query has no letter or digit at all
 */
record SearchQuery(String websearch, List<String> terms, boolean hasWords) {
    private static final Pattern COLUMN = Pattern.compile("(?i)^(title|text):(.+)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static SearchQuery parse(String query) {
        StringBuilder web = new StringBuilder();
        List<String> terms = new ArrayList<>();
        boolean negate = false;
        for (String chunk : chunks(query)) {
            if (chunk.startsWith("\"")) {
                append(web, (negate ? "-" : "") + chunk);
                negate = false;
                continue;
            }
            String bare = chunk.replaceAll("^[()]+|[()]+$", "");
            if (bare.equals("NOT")) { negate = true; continue; }
            if (bare.equals("AND") || bare.isEmpty()) continue;
            if (bare.equals("OR")) { append(web, "OR"); continue; }
            String weight = "";
            Matcher col = COLUMN.matcher(bare);
            if (col.matches()) {
                weight = col.group(1).toLowerCase(Locale.ROOT).equals("title") ? "A" : "B";
                bare = col.group(2);
            }
            boolean prefix = bare.endsWith("*");
            if (prefix || !weight.isEmpty()) {
                Matcher w = WORD.matcher(bare);
                if (w.find()) terms.add((negate ? "!" : "") + w.group() + ":" + (prefix ? "*" : "") + weight);
            } else {
                append(web, (negate ? "-" : "") + bare);
            }
            negate = false;
        }
        return new SearchQuery(web.toString(), List.copyOf(terms), !SearchIndex.quoteTerms(query).isEmpty());
    }

    /** The SQL expression of the tsquery; bind {@link #params()} to its placeholders in order. */
    String tsquerySql() {
        StringBuilder sql = new StringBuilder("websearch_to_tsquery('english', faultline_fold(?))");
        for (String t : terms) {
            // to_tsquery's "!" only works inside its text; keep it there so a stop word drops cleanly
            sql.append(" && to_tsquery('english', faultline_fold(?))");
        }
        return sql.toString();
    }

    List<String> params() {
        List<String> p = new ArrayList<>();
        p.add(websearch);
        p.addAll(terms);
        return p;
    }

    /** Whitespace-separated chunks, a double-quoted phrase (closed if the user did not) being one chunk. */
    private static List<String> chunks(String query) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char ch = query.charAt(i);
            if (Character.isWhitespace(ch)) { i++; continue; }
            int end;
            if (ch == '"') {
                end = query.indexOf('"', i + 1);
                String phrase = end < 0 ? query.substring(i) + '"' : query.substring(i, end + 1);
                out.add(phrase);
                i = end < 0 ? n : end + 1;
                continue;
            }
            end = i;
            while (end < n && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') end++;
            out.add(query.substring(i, end));
            i = end;
        }
        return out;
    }

    private static void append(StringBuilder web, String part) {
        if (web.length() > 0) web.append(' ');
        web.append(part);
    }
}
