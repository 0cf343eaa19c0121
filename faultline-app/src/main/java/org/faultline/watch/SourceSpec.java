package org.faultline.watch;

import java.time.Duration;

/**
 * One source to watch, as configured in {@code sources.yaml}.
 *
 * @param name     unique name, the key of its state in the store
 * @param url      an http(s) address (RSS/Atom feed, page or JSON Lines), or null when {@code path} is given
 * @param path     a folder (new files are ingested) or a file, or null when {@code url} is given
 * @param interval time between polls
 * @param language language of its articles (recorded; the pipeline reads English)
 * @param outlet   outlet name its articles are shown under, or null for the URL's host
 */
public record SourceSpec(String name, String url, String path, Duration interval, String language, String outlet) {
    public SourceSpec {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a source needs a name");
        if ((url == null) == (path == null)) throw new IllegalArgumentException("source " + name + " needs exactly one of url and path");
        if (interval == null || interval.isNegative() || interval.isZero())
            throw new IllegalArgumentException("source " + name + ": interval must be positive");
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** The URL or path, as stored with the source's state. */
    public String location() { return url != null ? url : path; }
}
