package org.faultline.ingest.html;

import org.faultline.ingest.RemovedSpan;

import java.util.List;

/**
 * The main text of a page and what was cut around it.
 *
 * @param text    paragraphs separated by blank lines
 * @param removed cut furniture, with reasons
 */
public record ExtractedText(String text, List<RemovedSpan> removed) {
    public ExtractedText {
        removed = List.copyOf(removed);
    }
}
