package org.faultline.learn.roles;

/** What a noun phrase is to the sentence's main event: who did it, to whom, or neither. */
public enum RoleLabel {
    SOURCE, TARGET, NONE;

    /** The label of a ConfliBERT tag: {@code B-S/I-S} source, {@code B-T/I-T} target, anything else none. */
    static RoleLabel ofTag(String tag) {
        if (tag.endsWith("-S")) return SOURCE;
        if (tag.endsWith("-T")) return TARGET;
        return NONE;
    }
}
