package org.faultline.ingest.clean;

import org.faultline.ingest.RemovedSpan;

import java.util.List;

/**
 * Lines left after a cleaning step, and the spans that step removed.
 *
 * @param lines   remaining lines, blank lines kept where they separate paragraphs
 * @param removed removed spans in document order
 */
public record FilteredLines(List<String> lines, List<RemovedSpan> removed) {
    public FilteredLines {
        lines = List.copyOf(lines);
        removed = List.copyOf(removed);
    }
}
