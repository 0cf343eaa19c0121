package org.faultline.events;

/** Whether the text says an event happened, and on whose word. Written lower case in exports. */
public enum Factuality {
    /** The writer states it happened. */
    ASSERTED,
    /** Someone else says it happened ("X said that Y attacked Z"). */
    REPORTED,
    /** Possible, feared, conditional ("could", "may", "fears that"). */
    HYPOTHETICAL,
    /** Said not to have happened ("denied", "did not"). */
    NEGATED,
    /** Proposed, called for, urged, not yet done. */
    PROPOSED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
