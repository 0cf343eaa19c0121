package org.faultline.claims;

/** Why two claims cannot both be true. Written lower case with dashes in exports ("blame-reversed"). */
public enum ContradictionKind {
    /** Each side says the other attacked (who did what to whom is reversed). */
    BLAME_REVERSED,
    /** One asserts an act, the other denies it. */
    ACCUSATION_DENIAL,
    /** The same incident described in incompatible terms. */
    CHARACTERISATION,
    /** Incompatible figures (casualties, troops, refugees). */
    FIGURES,
    /** Incompatible dates for the same occurrence. */
    DATES;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
