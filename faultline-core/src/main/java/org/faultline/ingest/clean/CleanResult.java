package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;

import java.time.LocalDate;
import java.util.List;

/**
 * Outcome of cleaning one text.
 *
 * @param title   the title given, or the headline found on the first line, or null
 * @param text    clean text, paragraphs separated by one blank line
 * @param removed  everything cut, with reasons
 * @param dateline date stated by a dateline under the headline ("Published 20 September 2023"), or null
 */
public record CleanResult(String title, String text, List<RemovedSpan> removed, LocalDate dateline) {
    public CleanResult {
        removed = List.copyOf(removed);
    }
}
