package org.faultline.nlp;

import java.time.LocalDate;

/**
 * Turns clean text into a {@link Doc}. Implementations load their models once, in their
 * constructor, and are safe to call from several threads.
 */
public interface Annotator {
    /**
     * @param id         id to give the doc
     * @param text       clean text
     * @param reportDate publication date used to resolve relative dates ("last Monday"); may be null
     */
    Doc annotate(String id, String text, LocalDate reportDate);
}
