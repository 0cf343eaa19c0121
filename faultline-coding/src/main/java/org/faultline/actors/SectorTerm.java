package org.faultline.actors;

/**
 * A word or phrase naming a sector of actors ({@code sector} records): "troops" → MIL.
 *
 * @param phrase   the word or phrase as written in the dictionary
 * @param sector   CAMEO/PLOVER agent code (GOV, MIL, COP, REB, CVL, ...)
 * @param strength how the term combines with others in one mention
 */
public record SectorTerm(String phrase, String sector, Strength strength) {
    public SectorTerm {
        if (phrase == null || phrase.isBlank()) throw new IllegalArgumentException("sector phrase must not be blank");
        if (sector == null || sector.isBlank()) throw new IllegalArgumentException("sector code must not be blank for '" + phrase + "'");
        if (strength == null) throw new IllegalArgumentException("strength must not be null for '" + phrase + "'");
    }

    /** See the header of sectors.tsv. */
    public enum Strength { STRONG, WEAK, FORMER }
}
