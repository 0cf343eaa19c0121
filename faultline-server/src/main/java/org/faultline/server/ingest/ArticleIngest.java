package org.faultline.server.ingest;

/**
 * What {@code POST /api/articles} calls to ingest one article: read it (from the URL or the given
 * text/HTML), process it and store it. The CLI's {@code serve} command supplies one that runs the
 * full pipeline (cleaning, CoreNLP, event coding); {@link PlainTextIngest} stores text without
 * NLP. Called from request threads, possibly concurrently: implementations must be thread-safe.
 */
@FunctionalInterface
public interface ArticleIngest {
    /**
     * @throws IngestRejectedException when the input cannot be ingested (unreachable URL, no text
     *                                 left after cleaning...): the client gets 422 with the message
     */
    IngestResult ingest(IngestRequest request);
}
