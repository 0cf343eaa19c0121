package org.faultline.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns {@link TsvLine}s of any record type into dictionary entries; see states.tsv for the format. */
final class DictionaryParser {
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "REB", "UAF", "OPP", "PTY", "LEG",
            "JUD", "CVL", "REF", "MED", "BUS", "LAB", "EDU", "HLH", "HRI", "REL", "AGR", "CRM", "NGO", "ELI",
            "DEV", "ENV", "IGO", "MNC", "SEP", "INS");
    private static final String STATE_LAYOUT = "state, code, iso2, cameo, kind, parent, from, to, name, aliases, demonyms, metonyms[, wikidata]";
    private static final String ORG_LAYOUT = "org, code, country, sector, name, aliases[, from, to[, wikidata]]";
    private static final String PERSON_LAYOUT = "person, name, aliases, affiliation, sector, office, from, to[, wikidata]";
    private static final String SECTOR_LAYOUT = "sector, phrases, sector, strength";

    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");

    private DictionaryParser() {}

    /** Adds the entry of {@code line} to {@code into}. */
    static void parse(TsvLine line, ActorDictionary.Builder into) {
        String type = line.text(0, "type").toLowerCase(Locale.ROOT);
        if (line.fields().size() == 1 && type.contains(" "))
            throw line.error(null, "only one field found; fields must be separated by TABs, not spaces");
        switch (type) {
            case "state" -> into.state(state(line));
            case "org" -> {
                into.organization(organization(line));
                into.reference(line, "country", line.text(2, "country"));
            }
            case "person" -> {
                into.person(person(line));
                into.reference(line, "affiliation", line.text(3, "affiliation"));
            }
            case "sector" -> sectors(line).forEach(into::sector);
            default -> throw line.error("type", "unknown record type '" + type + "'; use state, org, person or sector");
        }
    }

    private static StateEntry state(TsvLine l) {
        l.requireFieldCount(12, 13, STATE_LAYOUT);
        String code = l.code(1, "code", 3, 3);
        String iso2 = l.optional(2);
        if (iso2 != null && !iso2.matches("[A-Z]{2}")) throw l.error("iso2", "'" + iso2 + "' must be two upper-case letters or '-'");
        List<String> other = l.list(3);
        for (String c : other) if (!c.matches("[A-Z]{3}")) throw l.error("cameo", "'" + c + "' must be three upper-case letters");
        String kind = l.text(4, "kind");
        if (!kind.equals("state") && !kind.equals("defacto")) throw l.error("kind", "'" + kind + "' must be 'state' or 'defacto'");
        String parent = l.optional(5);
        if (parent != null && !parent.matches("[A-Z]{3}")) throw l.error("parent", "'" + parent + "' must be a three-letter code or '-'");
        var from = l.date(6, "from");
        var to = l.date(7, "to");
        if (from != null && to != null && to.isBefore(from)) throw l.error("to", "ends before it starts (" + from + ")");
        Map<String, String> metonyms = new LinkedHashMap<>();
        for (String m : l.list(11)) {
            int colon = m.lastIndexOf(':');
            String sector = "GOV";
            String place = m;
            if (colon > 0 && m.substring(colon + 1).matches("[A-Z]{3}")) {
                sector = m.substring(colon + 1);
                place = m.substring(0, colon);
                checkSector(l, "metonyms", sector);
            }
            metonyms.put(place, sector);
        }
        return new StateEntry(code, iso2, other, kind.equals("defacto"), parent, from, to, l.text(8, "name"),
                l.list(9), l.list(10), metonyms, qid(l, 12));
    }

    private static OrganizationEntry organization(TsvLine l) {
        l.requireFieldCount(6, 9, ORG_LAYOUT);
        String code = l.code(1, "code", 3, 12);
        String country = l.code(2, "country", 3, 3);
        String sector = l.optional(3);
        if (sector != null) checkSector(l, "sector", sector);
        var from = l.date(6, "from");
        var to = l.date(7, "to");
        if (from != null && to != null && to.isBefore(from)) throw l.error("to", "ends before it starts (" + from + ")");
        return new OrganizationEntry(code, country, sector, l.text(4, "name"), l.list(5), from, to, qid(l, 8));
    }

    private static PersonTerm person(TsvLine l) {
        l.requireFieldCount(8, 9, PERSON_LAYOUT);
        String affiliation = l.code(3, "affiliation", 3, 12);
        String sector = l.optional(4);
        if (sector != null) checkSector(l, "sector", sector);
        var from = l.date(6, "from");
        var to = l.date(7, "to");
        if (from != null && to != null && to.isBefore(from)) throw l.error("to", "ends before it starts (" + from + ")");
        return new PersonTerm(l.text(1, "name"), l.list(2), affiliation, sector, l.optional(5), from, to, qid(l, 8));
    }

    private static List<SectorTerm> sectors(TsvLine l) {
        l.requireFieldCount(4, 4, SECTOR_LAYOUT);
        String sector = l.text(2, "sector");
        checkSector(l, "sector", sector);
        String s = l.text(3, "strength").toUpperCase(Locale.ROOT);
        SectorTerm.Strength strength;
        try {
            strength = SectorTerm.Strength.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw l.error("strength", "'" + l.text(3, "strength") + "' must be strong, weak or former");
        }
        List<String> phrases = l.list(1);
        if (phrases.isEmpty()) throw l.error("phrases", "is empty; give at least one word");
        return phrases.stream().map(p -> new SectorTerm(p, sector, strength)).toList();
    }

    private static String qid(TsvLine l, int index) {
        String q = l.optional(index);
        if (q != null && !QID.matcher(q).matches()) throw l.error("wikidata", "'" + q + "' is not a Wikidata id like Q399");
        return q;
    }

    private static void checkSector(TsvLine l, String field, String sector) {
        if (!SECTORS.contains(sector))
            throw l.error(field, "'" + sector + "' is not a known sector code; use one of " + String.join(", ", SECTORS.stream().sorted().toList()));
    }
}
