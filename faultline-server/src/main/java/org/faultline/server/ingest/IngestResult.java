package org.faultline.server.ingest;

/**
 * What an ingest did.
 *
 * @param articleId   the stored article's id
 * @param created     true when it was new; false when an article with the same id was already stored
 * @param title       its title, or null
 * @param events      events coded from it (0 when it existed or no NLP ran)
 * @param duplicateOf id of an earlier article it duplicates, or null
 */
public record IngestResult(String articleId, boolean created, String title, int events, String duplicateOf) {
    public IngestResult {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("ingest result needs an article id");
        if (events < 0) throw new IllegalArgumentException("events must be >= 0, was " + events);
    }
}
