package org.faultline.actors;

/**
 * A resolved actor, as written in exports.
 *
 * @param text     the mention as written ("Baku", "the ministry")
 * @param name     canonical name ("Azerbaijan", "Ilham Aliyev")
 * @param country  ISO 3166-1 alpha-3, or a documented code for IGOs and de-facto entities; null if unknown
 * @param sector   PLOVER sector (GOV, MIL, REB, CVL, ...) or null
 * @param code     CAMEO-style concatenation, e.g. AZEGOV
 * @param wikidata Wikidata QID or null
 */
public record Actor(String text, String name, String country, String sector, String code, String wikidata) {
    public Actor {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("actor text must not be blank");
        if (name == null || name.isBlank()) name = text;
    }

    /** The CAMEO-style code of a country and sector ("AZE" + "MIL" = "AZEMIL"); either may be null; null when both are. */
    public static String code(String country, String sector) {
        String c = (country == null ? "" : country) + (sector == null ? "" : sector);
        return c.isEmpty() ? null : c;
    }

    /** A bare country as an actor ("AZE"), for targets the text leaves implicit. */
    public static Actor ofCountry(String country) {
        return new Actor(country, country, country, null, country, null);
    }

    /** The same actor in another country, its code rebuilt ("rebels" known to be Sudanese: SDNREB). */
    public Actor withCountry(String newCountry) {
        return new Actor(text, name, newCountry, sector, code(newCountry, sector), wikidata);
    }

    /** The same actor with another sector, its code rebuilt ("Azerbaijan" + "military": AZEMIL). */
    public Actor withSector(String newSector) {
        return new Actor(text, name, country, newSector, code(country, newSector), wikidata);
    }

    /** The same actor as written differently ("he" for Aliyev); code and identity unchanged. */
    public Actor withText(String newText) {
        return new Actor(newText, name, country, sector, code, wikidata);
    }
}
