package org.faultline.store;

/** What {@link Store#save} did. */
public enum SaveOutcome {
    /** The article was new. */
    INSERTED,
    /** An article with the same id was stored before; it and all its rows were replaced. */
    REPLACED
}
