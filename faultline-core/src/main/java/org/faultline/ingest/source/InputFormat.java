package org.faultline.ingest.source;

import java.util.Locale;

/** The kinds of input the ingest readers understand. */
public enum InputFormat {
    TEXT, HTML, FEED, JSONL;

    /** The name used in {@code Article.format}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
