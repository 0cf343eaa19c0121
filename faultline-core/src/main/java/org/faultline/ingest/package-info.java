/**
 * Ingest: turns files, folders and URLs of news (plain text, HTML, RSS/Atom feeds, JSON Lines) into
 * clean {@link org.faultline.ingest.Article}s.
 *
 * <p>Front door: {@link org.faultline.ingest.Ingestor} with {@link org.faultline.ingest.IngestOptions};
 * results arrive as {@link org.faultline.ingest.IngestOutcome}s (an article, or a failure naming the
 * input and the reason) through an {@link org.faultline.ingest.IngestListener}. Duplicates are linked
 * through a {@link org.faultline.ingest.dedup.DuplicateIndex} the caller seeds with stored articles.
 *
 * <p>Rules worth knowing (details in each class):
 * <ul>
 *   <li>Article id: first 16 hex digits of SHA-256(source + "\n" + contentHash); contentHash is SHA-256
 *       of the normalised clean text. Same input, same id: re-ingesting is idempotent.</li>
 *   <li>Title: metadata (JSON-LD headline, og:title, h1/title, feed or JSONL title), else a first line
 *       that reads as a headline ({@link org.faultline.ingest.clean.TitleDetector}).</li>
 *   <li>Publication date: the override option, then metadata, else the latest full date written in the
 *       text that is not in the future, flagged {@code publishedInferred}; else null plus a problem.</li>
 *   <li>Cleaning: boilerplate rules in {@code boilerplate.tsv}, author bios, reflow of hard-wrapped
 *       text with dehyphenation decided by {@link org.faultline.ingest.clean.Dehyphenator}, doubled
 *       words at line joins, glued sentences. Every cut is a {@link org.faultline.ingest.RemovedSpan}.</li>
 *   <li>Near-duplicates: estimated Jaccard similarity of 5-word shingles at or above 0.7.</li>
 *   <li>Bad input (missing, unreadable, too large, empty, binary, unparseable feed, failing URL,
 *       malformed JSONL line as {@code file:line}) yields one failure each; the rest goes on.
 *       Invalid UTF-8 is decoded with replacement characters and listed in the article's problems.</li>
 * </ul>
 */
package org.faultline.ingest;
