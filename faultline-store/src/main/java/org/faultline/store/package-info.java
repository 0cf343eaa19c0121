/**
 * The embedded store: one SQLite file (WAL, synchronous=FULL, foreign keys on) holding ingested
 * articles, their annotation and coded events, with an FTS5 full-text index.
 *
 * <p>{@link org.faultline.store.Store} is the front door; {@link org.faultline.store.EventQuery}
 * filters events; {@link org.faultline.store.SearchHit}, {@link org.faultline.store.StoreStats}
 * and {@link org.faultline.store.ArticleSummary} are what reads give back. The schema lives in
 * numbered migration files under {@code resources/org/faultline/store/migrations/}, each
 * documented at its top; a new version of the schema is a new file, never an edit.
 */
package org.faultline.store;
