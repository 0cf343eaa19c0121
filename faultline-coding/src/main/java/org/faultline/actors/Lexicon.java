package org.faultline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor dictionary indexed for lookup: every name, alias, demonym, metonym and sector phrase
 * points at what it denotes. Built once per {@link DictionaryActorResolver}.
 */
final class Lexicon {
    /** What a dictionary phrase denotes; the order of {@link #rank()} breaks ties between meanings. */
    sealed interface Lex permits PersonLex, OrgLex, StateLex, SectorLex {
        int rank();
    }

    record PersonLex(String name) implements Lex { public int rank() { return 0; } }

    /** @param generic the alias is a common noun phrase ("Security Council") that a state word overrides */
    record OrgLex(OrganizationEntry org, boolean generic) implements Lex { public int rank() { return 1; } }

    enum StateRole { NAME, METONYM, DEMONYM }

    record StateLex(StateEntry state, StateRole role, String sector) implements Lex {
        public int rank() { return 2 + role.ordinal(); }
    }

    record SectorLex(SectorTerm term) implements Lex { public int rank() { return 5; } }

    private final PhraseIndex<Lex> index = new PhraseIndex<>();
    private final Map<String, List<PersonTerm>> terms = new LinkedHashMap<>();
    private final Map<String, OrganizationEntry> orgByCode = new HashMap<>();
    private final Map<String, StateEntry> stateByCode = new HashMap<>();
    private final Set<String> fieldPeople = new HashSet<>();

    Lexicon(ActorDictionary dict) {
        for (StateEntry s : dict.states()) {
            stateByCode.put(s.code(), s);
            index.add(s.name(), new StateLex(s, StateRole.NAME, null));
            for (String a : s.aliases()) index.add(a, new StateLex(s, StateRole.NAME, null));
            for (String d : s.demonyms()) index.add(d, new StateLex(s, StateRole.DEMONYM, null));
            s.metonyms().forEach((place, sector) -> index.add(place, new StateLex(s, StateRole.METONYM, sector)));
        }
        for (OrganizationEntry o : dict.organizations()) {
            orgByCode.putIfAbsent(o.code(), o);
            for (String n : names(o.name(), o.aliases())) {
                boolean generic = n.startsWith("~");
                index.add(generic ? n.substring(1) : n, new OrgLex(o, generic));
            }
        }
        Map<String, Set<String>> indexed = new HashMap<>();
        for (PersonTerm p : dict.people()) {
            terms.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            Set<String> done = indexed.computeIfAbsent(p.name(), k -> new LinkedHashSet<>());
            for (String n : names(p.name(), p.aliases())) if (done.add(n)) index.add(n, new PersonLex(p.name()));
        }
        for (SectorTerm t : dict.sectors()) index.add(t.phrase(), new SectorLex(t));
        dict.field().ifPresent(this::addField);
    }

    // The field layer (converted PETRARCH2 entries) fills gaps only: a phrase our own entries
    // already index, or a person our own entries name, keeps our meaning alone, so a converted
    // entry can never outrank or compete with a hand-written one.
    private void addField(ActorDictionary field) {
        Set<String> own = new HashSet<>(index.keys());
        Set<String> ownPeople = new HashSet<>();
        for (String name : terms.keySet()) ownPeople.add(PhraseIndex.key(name));
        for (OrganizationEntry o : field.organizations()) {
            orgByCode.putIfAbsent(o.code(), o);
            for (String n : names(o.name(), o.aliases()))
                if (!own.contains(PhraseIndex.key(n))) index.add(n, new OrgLex(o, false));
        }
        Map<String, Set<String>> indexed = new HashMap<>();
        for (PersonTerm p : field.people()) {
            if (ownPeople.contains(PhraseIndex.key(p.name()))) continue;
            fieldPeople.add(p.name());
            terms.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            Set<String> done = indexed.computeIfAbsent(p.name(), k -> new LinkedHashSet<>());
            for (String n : names(p.name(), p.aliases()))
                if (done.add(n) && !own.contains(PhraseIndex.key(n))) index.add(n, new PersonLex(p.name()));
        }
        for (SectorTerm t : field.sectors())
            if (!own.contains(PhraseIndex.key(t.phrase()))) index.add(t.phrase(), new SectorLex(t));
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(aliases);
        return out;
    }

    List<PhraseIndex.Match<Lex>> scan(List<String> words) { return index.scan(words); }

    int phraseCount() { return index.size(); }

    /** True when the single word (in any case) starts or is a dictionary phrase. */
    boolean knowsWord(String word) {
        return !index.scan(List.of(word.toLowerCase(java.util.Locale.ROOT))).isEmpty();
    }

    /**
     * The meaning to use for one match on {@code date}: people before organisations before states
     * before sector words; among equals the entry loaded last (a user's file overrides the bundle).
     * Organisation records not applying on the date are skipped.
     */
    Optional<Lex> choose(List<Lex> values, LocalDate date) {
        if (date != null) {
            // several people share the phrase ("Bush"): the one closest to office on the date
            PersonLex nearest = null;
            long best = Long.MAX_VALUE;
            for (Lex v : values) {
                if (v instanceof PersonLex p) {
                    long d = terms.get(p.name()).stream().mapToLong(t -> t.distanceDays(date)).min().orElse(Long.MAX_VALUE);
                    if (d < best) { best = d; nearest = p; }
                }
            }
            if (nearest != null) return Optional.of(nearest);
        }
        return values.stream()
                .filter(v -> !(v instanceof OrgLex o) || o.org().appliesOn(date) || !anyOrgApplies(values, date))
                .min(Comparator.comparingInt(Lex::rank).thenComparing(v -> -values.lastIndexOf(v)));
    }

    private static boolean anyOrgApplies(List<Lex> values, LocalDate date) {
        for (Lex v : values) if (v instanceof OrgLex o && o.org().appliesOn(date)) return true;
        return false;
    }

    /** The term of office that applies on {@code date}; see people.tsv for the rule. */
    PersonTerm term(String person, LocalDate date) {
        List<PersonTerm> list = terms.get(person);
        if (date == null) {
            return list.stream().max(Comparator.comparing((PersonTerm t) -> t.from() == null ? LocalDate.MIN : t.from()))
                    .orElseThrow();
        }
        PersonTerm best = null;
        for (PersonTerm t : list) {
            if (best == null || t.distanceDays(date) <= best.distanceDays(date)) best = t;
        }
        return best;
    }

    /** True for a person known only from the field layer (converted PETRARCH2 records). */
    boolean fromField(String person) { return fieldPeople.contains(person); }

    /** The Wikidata id given on any of a person's records, or null. */
    String wikidata(String person) {
        for (PersonTerm t : terms.get(person)) if (t.wikidata() != null) return t.wikidata();
        return null;
    }

    Optional<OrganizationEntry> organization(String code) { return Optional.ofNullable(orgByCode.get(code)); }

    Optional<StateEntry> state(String code) { return Optional.ofNullable(stateByCode.get(code)); }
}
