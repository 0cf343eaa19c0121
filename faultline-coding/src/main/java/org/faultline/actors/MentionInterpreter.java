package org.faultline.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.Lexicon.Lex;
import org.faultline.actors.Lexicon.OrgLex;
import org.faultline.actors.Lexicon.PersonLex;
import org.faultline.actors.Lexicon.SectorLex;
import org.faultline.actors.Lexicon.StateLex;
import org.faultline.actors.Lexicon.StateRole;

/**
 * Decides what one mention (a short word sequence with a known head word) denotes, from the
 * dictionary phrases found in it. The rules, in order:
 * <ol>
 *   <li>a named person gives country and sector of the office held on the date (ELI outside
 *       office), unless a sector word is the head ("Pashinyan's government");</li>
 *   <li>else an organisation gives its country/code; a strong sector word overrides its sector
 *       ("UN peacekeepers" → IGOUNOMIL);</li>
 *   <li>else a state name/demonym/metonym gives the country (a de-facto entity outside its dates
 *       gives its parent state); the sector comes from the strong sector word nearest the head,
 *       else a metonym's sector (Baku → GOV), else a weak word ("Azerbaijani officials" → GOV),
 *       else none (a bare country has sector null, as in the PLOVER gold records);</li>
 *   <li>else a sector word alone gives an actor without country ("the rebels" → REB).</li>
 * </ol>
 * "former"-type words turn office sectors (GOV, MIL, LEG, JUD, COP, SPY) into ELI. A person known
 * only from the PETRARCH2 field layer who is out of office on the date yields to an organisation
 * or state named in the same mention ("U.N. mediator X" is the UN's).
 */
final class MentionInterpreter {
    private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
    private final Lexicon lexicon;

    MentionInterpreter(Lexicon lexicon) { this.lexicon = lexicon; }

    /**
     * @param text       the mention as written (for Actor.text)
     * @param words      the mention's words in order
     * @param head       index of the head word within {@code words}
     * @param date       report date or null
     * @param entityName a PERSON entity's text covering the mention, used as name when the person
     *                   is not in the dictionary; may be null
     */
    Optional<Actor> interpret(String text, List<String> words, int head, LocalDate date, String entityName) {
        Hit<PersonLex> person = null;
        Hit<OrgLex> org = null;
        Hit<StateLex> state = null;
        Hit<SectorLex> strong = null, weak = null, genericSector = null;
        boolean former = AgentAffixes.marksFormer(words);
        List<String> scanned = AgentAffixes.strip(words);
        for (PhraseIndex.Match<Lex> m : lexicon.scan(scanned)) {
            Lex lex = lexicon.choose(m.values(), date).orElse(null);
            if (lex == null) continue;
            int d = distance(m, head);
            if (lex instanceof PersonLex p) person = closer(person, new Hit<>(p, m, d));
            else if (lex instanceof OrgLex o) {
                org = closer(org, new Hit<>(o, m, d));
                if (o.generic()) for (Lex v : m.values())
                    if (v instanceof SectorLex sl && sl.term().strength() == SectorTerm.Strength.STRONG)
                        genericSector = closer(genericSector, new Hit<>(sl, m, d));
            }
            else if (lex instanceof StateLex s) {
                // "ethnic Albanians" names a people, not the state of Albania
                boolean ethnic = s.role() == StateRole.DEMONYM && m.start() > 0
                        && words.get(m.start() - 1).equalsIgnoreCase("ethnic");
                if (!ethnic) state = leftmostModifier(state, new Hit<>(s, m, d), head);
            } else if (lex instanceof SectorLex s) {
                switch (s.term().strength()) {
                    case STRONG -> strong = closer(strong, new Hit<>(s, m, d));
                    case WEAK -> weak = closer(weak, new Hit<>(s, m, d));
                    case FORMER -> former = true;
                }
            }
        }
        // "U.N. mediator <name>": a person known only from the field layer and out of office on the
        // date yields to an institution named in the same mention; the field's terms are coarse
        // and stop around 2018, the text's own title is current
        if (person != null && (org != null || state != null) && date != null && lexicon.fromField(person.lex().name())
                && !lexicon.term(person.lex().name(), date).holdsOn(date)) person = null;
        // "Armenia's Security Council" is Armenia's, not the UN's: a generic alias yields to a state word
        if (org != null && org.lex().generic() && state != null) {
            org = null;
            strong = closer(strong, genericSector);
        }
        String strongSector = strong == null ? null : strong.lex().term().sector();
        String weakSector = weak == null ? null : weak.lex().term().sector();
        String country, sector, name, base = null, defaultSector = null, qid = null;
        if (person != null) {
            PersonTerm term = lexicon.term(person.lex().name(), date);
            boolean inOffice = date == null || term.holdsOn(date);
            // an explicit title ("President Obama", "Pashinyan's government") says what the text
            // means better than the report date does
            sector = strongSector != null ? strongSector : inOffice ? term.sector() : "ELI";
            name = term.name();
            qid = lexicon.wikidata(term.name());
            OrganizationEntry affiliation = lexicon.organization(term.affiliation()).orElse(null);
            if (affiliation != null) {
                country = affiliation.country();
                if (affiliation.transnational()) base = affiliation.code();
                defaultSector = affiliation.sector();
            } else {
                country = term.affiliation();
            }
        } else if (org != null) {
            OrganizationEntry o = org.lex().org();
            country = o.country();
            defaultSector = o.sector();
            sector = strongSector != null ? strongSector : o.sector() != null ? o.sector() : weakSector;
            name = o.name();
            if (o.transnational()) base = o.code();
            if (java.util.Objects.equals(sector, o.sector())) qid = o.wikidata();
        } else if (state != null) {
            // "Atletico Madrid", "Moscow State University": a capital inside a longer proper name names a club or
            // a school, not the government; the metonym stands for the state only when it stands alone
            if (state.lex().role() == StateRole.METONYM && strong == null && weak == null && insideLongerName(scanned, state.match()))
                return Optional.empty();
            StateEntry original = state.lex().state();
            StateEntry s = existing(original, date);
            boolean metonym = state.lex().role() == StateRole.METONYM;
            // the former capital of a dissolved entity is just a town of its parent state now
            String metonymSector = s == original ? state.lex().sector() : "CVL";
            // "the centre of Minsk", "a cafe in Paris": a capital after a head noun that names no one is the place
            if (metonym && strong == null && weak == null && state.distance() != 0 && state.match().start() > head) metonymSector = "CVL";
            sector = strongSector != null ? strongSector : metonym ? metonymSector : weakSector;
            // but its organs ("Karabakh authorities", "Artsakh forces") can only mean the entity
            // as it was, so they keep its code after it ceased to exist
            if (s != original && (strongSector != null || weakSector != null)) s = original;
            country = s.code();
            name = s.name();
            if (sector == null) qid = s.wikidata();
        } else if (strong != null || weak != null) {
            country = null;
            sector = strongSector != null ? strongSector : weakSector;
            name = entityName != null ? entityName : text;
        } else {
            return Optional.empty();
        }
        if (former && sector != null && OFFICE_SECTORS.contains(sector)) sector = "ELI";
        if (person == null && entityName != null && org == null) { name = entityName; qid = null; }
        return Optional.of(new Actor(text, name, country, sector, code(country, sector, base, defaultSector), qid));
    }

    /** Whether a capitalised word no dictionary phrase covers stands right before or after the match (one name with it). */
    private boolean insideLongerName(List<String> words, PhraseIndex.Match<Lex> m) {
        for (int k : new int[] {m.start() - 1, m.end()}) {
            if (k < 0 || k >= words.size()) continue;
            String w = words.get(k);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.endsWith("'s")) continue;
            if (lexicon.scan(List.of(w)).isEmpty()) return true;
        }
        return false;
    }

    /** True for a single word naming a role that speaks for an institution ("spokesman", "official"). */
    boolean isRoleWord(String word) {
        for (PhraseIndex.Match<Lex> m : lexicon.scan(List.of(word)))
            for (Lex v : m.values())
                if (v instanceof SectorLex s && s.term().strength() == SectorTerm.Strength.WEAK) return true;
        return false;
    }

    /** CAMEO-style code: country + sector, or an organisation's code (+ sector when it differs). */
    static String code(String country, String sector, String base, String defaultSector) {
        if (base == null) return Actor.code(country, sector);
        String code = base + (sector == null || sector.equals(defaultSector) ? "" : sector);
        return code.isEmpty() ? null : code;
    }

    // A de-facto entity that no longer exists on the date is reported as its parent state.
    StateEntry existing(StateEntry st, LocalDate date) {
        if (st.defacto() && !st.existsOn(date) && st.parent() != null) return lexicon.state(st.parent()).orElse(st);
        return st;
    }

    /** The same actor with {@code country} filled in (for mentions located by "in X", "from X"). */
    static Actor withCountry(Actor a, String country) {
        return a.withCountry(country);
    }

    // Among state words before or at the head, the leftmost is the outer modifier ("Bosnian Serbs"
    // are Bosnia's, "Azerbaijan's Armenian population" is Azerbaijan's); words after the head come last.
    // A state NAME at the head is the actor itself ("Tehran's rival Turkiye" is Turkey).
    private static Hit<StateLex> leftmostModifier(Hit<StateLex> current, Hit<StateLex> candidate, int head) {
        if (current == null) return candidate;
        if (current.distance() == 0 && current.lex().role() == StateRole.NAME) return current;
        if (candidate.distance() == 0 && candidate.lex().role() == StateRole.NAME) return candidate;
        boolean curBefore = current.match().start() <= head, candBefore = candidate.match().start() <= head;
        if (curBefore != candBefore) return curBefore ? current : candidate;
        return candidate.match().start() < current.match().start() ? candidate : current;
    }

    private record Hit<L>(L lex, PhraseIndex.Match<Lex> match, int distance) {}

    private static <L> Hit<L> closer(Hit<L> current, Hit<L> candidate) {
        if (candidate == null) return current;
        return current == null || candidate.distance() < current.distance() ? candidate : current;
    }

    // 0 when the match covers the head; modifiers before the head are preferred to words after it.
    private static int distance(PhraseIndex.Match<Lex> m, int head) {
        if (m.covers(head)) return 0;
        if (m.end() <= head) return head - m.end() + 1;
        return 100 + m.start() - head;
    }
}
