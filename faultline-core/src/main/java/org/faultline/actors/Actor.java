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
}
