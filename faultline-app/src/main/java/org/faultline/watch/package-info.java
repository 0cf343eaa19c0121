/**
 * {@code faultline watch}: polls RSS/Atom feeds, pages and folders listed in {@code sources.yaml}
 * ({@link org.faultline.watch.WatchConfigFile}), ingests what is new, links, and fires escalation
 * alerts to webhooks and JSON Lines files ({@link org.faultline.watch.Watcher}). All state is in
 * the store, so a restart or a kill -9 resumes without ingesting twice or alerting twice.
 *
 * <p>Libraries: the JDK's {@code java.net.http.HttpClient} for conditional GET and webhook POSTs
 * and {@code javax.crypto.Mac} for the HMAC-SHA256 signature (nothing to add for either), Jackson's
 * YAML module (already used for the dictionaries) for {@code sources.yaml}. Scheduling is a single
 * loop over due times kept in the store rather than a scheduler library: the due times must
 * survive restarts anyway, and one thread keeps CoreNLP's memory use at one pipeline.
 */
package org.faultline.watch;
