package org.faultline.events.patterns;

import java.util.List;

/**
 * One line of a pattern file: a trigger lemma with its conditions and the event it codes.
 *
 * @param lemma        trigger lemma, lower case
 * @param pos          V (verb), N (noun), A (adjective) or X (function word)
 * @param requirements conditions on the parse; all must hold
 * @param type         PLOVER type, or {@link #CUE} for cue words
 * @param mode         PLOVER mode or null
 * @param context      PLOVER contexts
 * @param cameo        CAMEO code, null for cues
 * @param embed        how embedded events are read
 * @param origin       file and line the pattern came from, for explanations and errors
 */
public record Pattern(String lemma, char pos, List<Requirement> requirements, String type, String mode,
                      List<String> context, String cameo, Embed embed, String origin) {
    public static final String CUE = "CUE";

    public Pattern {
        if (lemma == null || lemma.isBlank()) throw new IllegalArgumentException("pattern lemma must not be blank (" + origin + ")");
        if ("VNAX".indexOf(pos) < 0) throw new IllegalArgumentException("pattern pos must be V, N, A or X, was '" + pos + "' (" + origin + ")");
        if (type == null || type.isBlank()) throw new IllegalArgumentException("pattern needs a type (" + origin + ")");
        requirements = List.copyOf(requirements);
        context = List.copyOf(context == null ? List.of() : context);
        embed = embed == null ? Embed.NONE : embed;
    }

    public boolean isCue() { return CUE.equals(type); }

    /** Number of parse conditions: more conditions make a more specific pattern. */
    public int specificity() {
        int n = 0;
        for (Requirement r : requirements) if (r.isCondition()) n++;
        return n;
    }

    public boolean has(Requirement.Kind kind) {
        for (Requirement r : requirements) if (r.kind() == kind) return true;
        return false;
    }

    /** Short human form for explanations: "impose V obj:sanction|embargo -> SANCTION 163". */
    public String describe() {
        StringBuilder sb = new StringBuilder(lemma).append(' ').append(pos);
        for (Requirement r : requirements) sb.append(' ').append(r);
        return sb.append(" -> ").append(type).append(cameo == null ? "" : " " + cameo).toString();
    }
}
