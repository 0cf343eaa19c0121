package org.faultline.events.patterns;

import java.util.Set;

/**
 * One condition a pattern puts on the parse around its trigger.
 *
 * @param kind   what to look at
 * @param values accepted lemmas (lower case); empty for kinds that take no value
 */
public record Requirement(Kind kind, Set<String> values) {
    /** The kinds of condition the pattern file knows; see the header of patterns.tsv. */
    public enum Kind { OBJ, PREP, PRT, MOD, XCOMP, SWAP }

    /** xcomp:event: the complement must itself be an event trigger ("failed to reach a deal"). */
    public static final String EVENT = "event";
    /** xcomp:fact: the complement is a finite clause saying how things are, nothing to be done ("agree he did well"). */
    public static final String FACT = "fact";
    /** xcomp:question: the complement is an indirect question ("asked why the trial stopped"). */
    public static final String QUESTION = "question";

    public Requirement {
        if (kind == null) throw new IllegalArgumentException("requirement kind must not be null");
        values = Set.copyOf(values == null ? Set.of() : values);
    }

    /** SWAP changes how roles are read but is not a condition on the parse. */
    public boolean isCondition() { return kind != Kind.SWAP; }

    @Override public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + (values.isEmpty() ? "" : ":" + String.join("|", values));
    }
}
