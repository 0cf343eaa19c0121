package org.faultline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns sized to their content, cells cut at a maximum width. */
final class Table {
    private final List<String> headers;
    private final int maxWidth;
    private final List<List<String>> rows = new ArrayList<>();

    Table(int maxWidth, String... headers) {
        this.headers = List.of(headers);
        this.maxWidth = maxWidth;
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(cut(c == null ? "-" : String.valueOf(c).replaceAll("\\s+", " ")));
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = headers.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], r.get(i).length());
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) rule.add("-".repeat(w));
        line(out, rule, widths);
        for (List<String> r : rows) line(out, r, widths);
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(i == widths.length - 1 ? cells.get(i) : String.format("%-" + widths[i] + "s", cells.get(i)));
        }
        out.println(sb.toString().stripTrailing());
    }

    private String cut(String s) {
        return s.length() <= maxWidth ? s : s.substring(0, maxWidth - 1) + "…";
    }
}
