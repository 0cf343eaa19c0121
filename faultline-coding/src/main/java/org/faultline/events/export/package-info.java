/**
 * Event exports people load directly: {@link org.faultline.events.export.EventCsv} (one row per
 * event, ACLED-like columns) and {@link org.faultline.events.export.PloverJson} (PLOVER JSON
 * event records), both naming each event's outlet and URL through
 * {@link org.faultline.events.export.ArticleOrigin}.
 *
 * <p>CSV goes through Apache Commons CSV (Maven Central, maintained by the ASF): RFC 4180
 * quoting of commas, quotes and line breaks inside fields is easy to get subtly wrong by hand, and
 * the same library parses the files back in the tests.
 */
package org.faultline.events.export;
