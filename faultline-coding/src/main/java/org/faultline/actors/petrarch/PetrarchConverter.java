package org.faultline.actors.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryFormatException;
import org.faultline.actors.OrganizationEntry;
import org.faultline.actors.SectorTerm;
import org.faultline.actors.StateEntry;
import org.faultline.actors.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts PETRARCH2's actor and agent dictionaries into Faultline's dictionary format (the
 * field layer under our own entries, see {@link ActorDictionary#field()}). Needs our own bundled
 * dictionary (for country codes, for what our entries already say and for the office-holder check)
 * and a directory holding PETRARCH2's files; gives {@link ConversionResult} with the three TSV
 * files' rows and the report. The rules, each counted in the report:
 * <ul>
 *   <li>An entry whose codes all name a bare country (AFGHANISTAN, cities) is skipped:
 *       states.tsv covers states, and PETRARCH2's city lists would turn every town into a
 *       government.</li>
 *   <li>An entry with a dated role, an {@code [ELI]} role or a CountryInfo comment is a person
 *       (one person row per dated role); any other entry is an organisation (its first code).</li>
 *   <li>Codes are read block by block ({@link CameoCodeReader}); a first block that is not a
 *       country we know or IGO/NGO/IMG (regions such as AFR, multinational companies MNC) drops
 *       the role.</li>
 *   <li>A role open at its end ({@code >D}) is closed at {@code horizon}: PETRARCH2's data stop
 *       there, and "still in office" would be a claim it never made about later years. Outside
 *       its terms a person is ELI of the same country (people.tsv's rule).</li>
 *   <li>Names are written in title case ({@link NameForms}); a one-word name or alias that is an
 *       ordinary word ({@link OrdinaryWords}), a name of under three letters, or a name of one of
 *       our states is dropped.</li>
 *   <li>A person our people.tsv already has (same first name, surname at most two letters apart)
 *       and an organisation with a name our organizations.tsv has are not written: ours win. Such
 *       people are compared with our records ({@link OfficeHolderCheck}).</li>
 *   <li>Agents become {@code weak} sector words (they take the sector of a strong word in the
 *       same mention, else their own); agent words our sectors.tsv has, one-word agents on the
 *       ordinary-word hand list (man, people...) and phrases ending in a function word are dropped.</li>
 * </ul>
 */
public final class PetrarchConverter {
    private static final Logger log = LoggerFactory.getLogger(PetrarchConverter.class);
    /** PETRARCH2's actor files, in the order they are read. */
    public static final List<String> ACTOR_FILES = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    /** PETRARCH2's agents file. */
    public static final String AGENTS_FILE = "Phoenix.agents.txt";
    /** The end given to roles PETRARCH2 leaves open (its data stop around 2015–2018). */
    public static final LocalDate DEFAULT_HORIZON = LocalDate.of(2018, 12, 31);
    private static final Set<String> END_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "by", "from");

    private final ActorDictionary own;
    private final LocalDate horizon;
    private final CameoCodeReader codes;

    /** @param own our own bundled dictionary ({@link ActorDictionary#bundledOwn()}); @param horizon see class doc */
    public PetrarchConverter(ActorDictionary own, LocalDate horizon) {
        this.own = own;
        this.horizon = horizon;
        this.codes = new CameoCodeReader(own.countryCodes());
    }

    /** Reads the PETRARCH2 files of {@code dir} and converts them. */
    public ConversionResult convert(Path dir) {
        for (String f : ACTOR_FILES) requireFile(dir.resolve(f));
        requireFile(dir.resolve(AGENTS_FILE));
        ConversionReport.Builder report = new ConversionReport.Builder(horizon);
        OrdinaryWords ordinary = new OrdinaryWords(own, dir);
        Set<String> stateNames = stateNames();
        Set<String> ownOrgNames = new HashSet<>();
        Set<String> ownOrgCodes = new HashSet<>();
        for (OrganizationEntry o : own.organizations()) {
            ownOrgCodes.add(o.code());
            ownOrgNames.add(key(o.name()));
            for (String a : o.aliases()) ownOrgNames.add(key(a.startsWith("~") ? a.substring(1) : a));
        }
        List<PetrarchEntry> entries = new ArrayList<>();
        for (String f : ACTOR_FILES) {
            List<PetrarchEntry> read = read(dir.resolve(f), f, report);
            report.count(f + ": entries read", read.size());
            entries.addAll(read);
        }

        // pass 1: organisations, so people's affiliations can point at them
        Map<String, OrgRow> orgs = new LinkedHashMap<>();
        List<PersonCandidate> people = new ArrayList<>();
        for (PetrarchEntry e : entries) {
            List<Decoded> roles = decode(e, report);
            if (e.roles().isEmpty()) { report.filtered("entry has no code", e.where() + " " + e.name()); continue; }
            if (roles.isEmpty()) continue; // reasons counted per role
            if (roles.stream().allMatch(d -> d.code() != null && d.code().countryOnly())) {
                report.filtered("names a country or place (states.tsv covers states)", e.where() + " " + e.name());
                continue;
            }
            boolean person = e.dated() || roles.stream().anyMatch(d -> d.code() == null)
                    || (e.comment() != null && e.comment().toLowerCase(Locale.ROOT).contains("countryinfo"));
            List<String> names = names(e, !person, ordinary, stateNames, report);
            if (names.isEmpty()) { report.filtered("no usable name left", e.where() + " " + e.name()); continue; }
            if (person) {
                people.add(new PersonCandidate(e, names, roles));
            } else {
                Decoded d = roles.stream().filter(r -> r.code() != null && !r.code().countryOnly()).findFirst().orElse(null);
                if (d == null) { report.filtered("organisation with only a country code", e.where() + " " + e.name()); continue; }
                if (names.stream().anyMatch(n -> ownOrgNames.contains(key(n)))) {
                    report.ours("organisation already in organizations.tsv", e.where() + " " + names.get(0));
                    continue;
                }
                CameoCode c = d.code();
                orgs.put(e.where(), new OrgRow(c.faultlineCode(), c.country(), c.sector(), names, e.where()));
            }
        }
        Set<String> orgCodes = new HashSet<>(ownOrgCodes);
        orgs.values().forEach(o -> orgCodes.add(o.code()));

        // pass 2: people
        OfficeHolderCheck check = new OfficeHolderCheck(own.people(), horizon);
        List<PersonRow> personRows = new ArrayList<>();
        for (PersonCandidate pc : people) {
            List<OfficeHolderCheck.Term> raw = new ArrayList<>();
            for (Decoded d : pc.roles()) {
                if (d.code() == null || d.role().undated() && pc.entry().dated()) continue;
                String affiliation = affiliation(d.code(), orgCodes);
                if (affiliation == null) {
                    report.filtered("role's organisation is not in any organisation record", pc.entry().where() + " " + d.role().code());
                    continue;
                }
                raw.add(new OfficeHolderCheck.Term(affiliation, d.code().sector(), d.role().from(), d.role().to(), d.role().code()));
            }
            if (raw.isEmpty()) { report.filtered("person with no usable role", pc.entry().where() + " " + pc.names().get(0)); continue; }
            var candidate = new OfficeHolderCheck.Candidate(pc.names().get(0), pc.names(), raw, pc.entry().where());
            String ours = check.match(candidate);
            if (ours != null) {
                report.ours("person already in people.tsv", pc.entry().where() + " " + pc.names().get(0) + " = " + ours);
                check.compare(ours, candidate).forEach(report::disagreement);
                report.checked();
                continue;
            }
            for (OfficeHolderCheck.Term t : raw) {
                LocalDate to = t.to();
                String office = t.code() + " in PETRARCH2";
                if (to == null && t.from() != null && !t.from().isAfter(horizon)) {
                    to = horizon;
                    office += " (open-ended there; closed at " + horizon + ")";
                }
                personRows.add(new PersonRow(pc.names().get(0), pc.names().subList(1, pc.names().size()), t.affiliation(),
                        t.sector(), office, t.from(), to, pc.entry().where()));
            }
            report.count("people converted", 1);
        }
        report.count("person terms written", personRows.size());
        report.count("organisations written", orgs.size());

        List<SectorRow> sectors = agents(dir, report, ordinary);
        report.count("agent phrases written", sectors.stream().mapToInt(s -> s.phrases().size()).sum());
        List<PetrarchPlaces.Row> places = PetrarchPlaces.read(dir.resolve(ACTOR_FILES.get(0)), org.faultline.geo.Gazetteer.bundledOwn(),
                ordinary::ordinary);
        report.count("places (country aliases) converted", places.size());
        return new ConversionResult(List.copyOf(orgs.values()), personRows, sectors, places, report.build());
    }

    private List<SectorRow> agents(Path dir, ConversionReport.Builder report, OrdinaryWords ordinary) {
        Set<String> ownPhrases = new HashSet<>();
        for (SectorTerm t : own.sectors()) ownPhrases.add(key(t.phrase()));
        Map<String, Set<String>> bySector = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<PetrarchAgent> agents;
        try (BufferedReader r = Files.newBufferedReader(dir.resolve(AGENTS_FILE), StandardCharsets.UTF_8)) {
            agents = new PetrarchAgentReader(AGENTS_FILE, report::problem).read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(AGENTS_FILE), e);
        }
        report.count(AGENTS_FILE + ": agents read", agents.size());
        for (PetrarchAgent a : agents) {
            String sector = agentSector(a.code());
            if (sector == null) { report.filtered("agent code has no Faultline sector", a.source() + ":" + a.line() + " " + a.code()); continue; }
            for (String p : a.phrases()) {
                String k = key(p);
                if (k.isEmpty() || !seen.add(k)) continue;
                List<String> tokens = Words.tokenize(p);
                if (ownPhrases.contains(k)) report.ours("agent word already in sectors.tsv", p);
                else if (tokens.size() == 1 && ordinary.ordinary(p) && onHandList(p)) report.filtered("agent is an ordinary word on the hand list", p);
                else if (END_WORDS.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT))) report.filtered("agent phrase ends in a function word", p);
                else if (p.contains(";")) report.filtered("agent phrase contains ';'", p);
                else bySector.computeIfAbsent(sector, s -> new LinkedHashSet<>()).add(p);
            }
        }
        List<SectorRow> out = new ArrayList<>();
        bySector.forEach((s, ps) -> out.add(new SectorRow(List.copyOf(ps), s)));
        return out;
    }

    private final Set<String> handList = loadHandList();

    private static Set<String> loadHandList() {
        Set<String> out = new HashSet<>();
        try (var in = PetrarchConverter.class.getResourceAsStream("ordinary-words.txt")) {
            if (in == null) throw new IllegalStateException("ordinary-words.txt is missing from the classpath");
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private boolean onHandList(String word) { return handList.contains(Words.norm(word)); }

    // "GOVMED" -> GOV, "MUS" -> REL, "RAD" -> null
    private String agentSector(String code) {
        if (code.length() % 3 != 0) return null;
        for (int i = 0; i < code.length(); i += 3) {
            String s = codes.sectorOf(code.substring(i, i + 3));
            if (s != null && !s.isEmpty()) return s;
        }
        return null;
    }

    private static String affiliation(CameoCode c, Set<String> orgCodes) {
        if (!c.transnational()) return c.country();
        for (String p : c.organisationPrefixes()) if (orgCodes.contains(p)) return p;
        return null;
    }

    private record Decoded(PetrarchRole role, CameoCode code) {}

    private record PersonCandidate(PetrarchEntry entry, List<String> names, List<Decoded> roles) {}

    // decoded roles; a bare sector ([ELI]) is kept with a null code; undecodable roles are counted
    private List<Decoded> decode(PetrarchEntry e, ConversionReport.Builder report) {
        List<Decoded> out = new ArrayList<>();
        for (PetrarchRole r : e.roles()) {
            Optional<CameoCode> c = codes.decode(r.code());
            if (c.isPresent()) out.add(new Decoded(r, c.get()));
            else if (codes.bareSector(r.code())) out.add(new Decoded(r, null));
            else report.filtered("code's first block is not a known country or IGO/NGO/IMG ("
                    + (r.code().length() >= 3 ? r.code().substring(0, 3) : r.code()) + ")", e.source() + ":" + r.line() + " " + r.code());
        }
        return out;
    }

    private List<String> names(PetrarchEntry e, boolean organisation, OrdinaryWords ordinary, Set<String> stateNames,
                               ConversionReport.Builder report) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> keys = new HashSet<>();
        List<String> all = new ArrayList<>();
        all.add(e.name());
        all.addAll(e.aliases());
        for (String raw : all) {
            for (String form : NameForms.forms(raw, organisation)) {
                String k = key(form);
                if (k.isEmpty() || !keys.add(k)) continue;
                if (NameForms.letters(form) < 3) report.filtered("name under three letters", e.where() + " " + form);
                else if (form.contains(";") || form.contains("\t")) report.filtered("name contains ';' or TAB", e.where() + " " + form);
                else if (ordinary.ordinary(form)) report.filtered("one-word name is an ordinary word", e.where() + " " + form);
                else if (stateNames.contains(k)) report.filtered("name of one of our states", e.where() + " " + form);
                else out.add(form);
            }
        }
        return List.copyOf(out);
    }

    private Set<String> stateNames() {
        Set<String> out = new HashSet<>();
        for (StateEntry s : own.states()) {
            out.add(key(s.name()));
            s.aliases().forEach(a -> out.add(key(a)));
            s.demonyms().forEach(a -> out.add(key(a)));
            s.metonyms().keySet().forEach(a -> out.add(key(a)));
        }
        return out;
    }

    private static List<PetrarchEntry> read(Path file, String name, ConversionReport.Builder report) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PetrarchActorReader(name, report::problem).read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void requireFile(Path p) {
        if (!Files.isRegularFile(p))
            throw new IllegalArgumentException("PETRARCH2 file " + p + " not found: --petrarch must be PETRARCH2's"
                    + " data/dictionaries directory holding " + String.join(", ", ACTOR_FILES) + " and " + AGENTS_FILE);
    }

    static String key(String phrase) { return Words.normPhrase(phrase); }

    /** An organisation row to write. */
    public record OrgRow(String code, String country, String sector, List<String> names, String where) {}

    /** A person row (one term) to write. */
    public record PersonRow(String name, List<String> aliases, String affiliation, String sector, String office,
                            LocalDate from, LocalDate to, String where) {}

    /** A sector row to write. */
    public record SectorRow(List<String> phrases, String sector) {}

    static void logSummary(ConversionReport r) { log.info("PETRARCH2 conversion: {}", r.summary()); }
}
