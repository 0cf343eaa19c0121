package org.faultline.actors.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * A PETRARCH2 actor code read block by block: the country (ISO alpha-3 after mapping CAMEO's own
 * codes, or IGO/NGO/IMG for transnational bodies), the first sector block, and the organisation
 * blocks ({@code IGOUNOHRIHCH} = IGO, organisations UNO+HCH, sector HRI).
 *
 * @param written      the code as written in PETRARCH2
 * @param country      ISO alpha-3 / documented special code, or IGO, NGO, IMG
 * @param sector       the Faultline sector of the first sector block, or null
 * @param organisation the organisation blocks joined (UNOHCH), empty when none
 */
public record CameoCode(String written, String country, String sector, String organisation) {
    /** True for IGO, NGO and IMG codes, which name a body rather than a country's sector. */
    public boolean transnational() { return country.equals("IGO") || country.equals("NGO") || country.equals("IMG"); }

    /** True when the code names only a country (a state or a place of it, not an actor within it). */
    public boolean countryOnly() { return sector == null && organisation.isEmpty(); }

    /**
     * The Faultline organisation code: for transnational bodies the country and up to three
     * organisation blocks (IGOUNOHCH; at most 12 letters as organizations.tsv allows), for
     * domestic actors country + sector (FRAREB), as organizations.tsv documents.
     */
    public String faultlineCode() {
        if (transnational()) {
            String org = organisation.length() > 9 ? organisation.substring(0, 9) : organisation;
            return country + org;
        }
        return country + (sector == null ? "" : sector);
    }

    /** Candidate organisation codes, longest first (IGOUNOHCH, IGOUNO), for a person's affiliation. */
    public List<String> organisationPrefixes() {
        List<String> out = new ArrayList<>();
        String code = faultlineCode();
        while (code.length() > 3) {
            out.add(code);
            code = code.substring(0, code.length() - 3);
        }
        return out;
    }
}
