package org.faultline.nlp;

/**
 * One arc of a sentence's Universal Dependencies parse.
 *
 * @param relation  the UD relation, with subtype if any (nsubj, obj, obl:on, nmod:poss, ...)
 * @param governor  token index of the head, or -1 for the root arc
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
    public Dependency {
        if (relation == null || relation.isBlank()) throw new IllegalArgumentException("dependency relation must not be blank");
        if (dependent < 0) throw new IllegalArgumentException("dependent index must be >= 0, was " + dependent);
        if (governor < -1) throw new IllegalArgumentException("governor index must be >= -1, was " + governor);
    }

    public boolean isRoot() { return governor == -1; }

    /** The relation without its subtype: "obl:on" gives "obl". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
