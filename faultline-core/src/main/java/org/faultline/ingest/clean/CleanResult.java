package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;

import java.util.List;

/**
 * Outcome of cleaning one text.
 *
 * @param title   the title given, or the headline found on the first line, or null
 * @param text    clean text, paragraphs separated by one blank line
 * @param removed everything cut, with reasons
 */
public record CleanResult(String title, String text, List<RemovedSpan> removed) {
    public CleanResult {
        removed = List.copyOf(removed);
    }
}
