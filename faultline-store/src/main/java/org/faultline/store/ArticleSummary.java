package org.faultline.store;

import java.time.LocalDate;

/**
 * One line of an article listing: the metadata without the raw and clean texts.
 *
 * @param id                the article id
 * @param source            file path or URL as given
 * @param title             title, or null
 * @param published         publication date, or null
 * @param publishedInferred true when the date was inferred from the text
 * @param format            input format ("text", "html", "feed", "jsonl")
 * @param duplicateOf       id of the article this one duplicates, or null
 * @param textLength        characters of clean text
 * @param sentences         stored sentences (0 when not annotated)
 * @param events            stored events
 * @param ingestedAt        ISO instant of the first time it was stored
 */
public record ArticleSummary(String id, String source, String title, LocalDate published, boolean publishedInferred,
                             String format, String duplicateOf, int textLength, int sentences, int events,
                             String ingestedAt) {}
