package org.faultline.server.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as plain text plus the ranges the markers enclosed.
 *
 * @param text       the snippet without markers
 * @param highlights [begin, end) character ranges in {@code text}
 */
record Snippet(String text, List<int[]> highlights) {
    /** Strips the markers from {@code marked}, recording what they enclosed; an unclosed marker runs to the end. */
    static Snippet parse(String marked, String open, String close) {
        if (marked == null) return new Snippet("", List.of());
        StringBuilder out = new StringBuilder(marked.length());
        List<int[]> ranges = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); ) {
            if (marked.startsWith(open, i)) {
                start = out.length();
                i += open.length();
            } else if (marked.startsWith(close, i)) {
                if (start >= 0 && out.length() > start) ranges.add(new int[] {start, out.length()});
                start = -1;
                i += close.length();
            } else {
                out.append(marked.charAt(i++));
            }
        }
        if (start >= 0 && out.length() > start) ranges.add(new int[] {start, out.length()});
        return new Snippet(out.toString(), ranges);
    }
}
