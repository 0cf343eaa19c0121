package org.faultline.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actor dictionary: states and de-facto entities, organisations, named people with their
 * terms of office, and sector words. Immutable; build it with {@link #bundled()} (the files under
 * {@code org/faultline/actors/} on the classpath) and add a user's files with {@link #load(List)}
 * or {@link #extendedWith(List)}. The file format is documented at the top of states.tsv.
 *
 * <p>Entries from later files come after bundled ones; when two entries share a name, the
 * resolver prefers people, then organisations, then states, then sector words, and among equals
 * the later (user) entry, so a user's file can override a bundled meaning.
 *
 * <p>Under these entries lies the <em>field layer</em> ({@link #field()}): people, organisations
 * and agent words converted from PETRARCH2's MIT-licensed dictionaries by
 * {@code faultline dictionaries convert} (files under {@code org/faultline/actors/petrarch2/}). It
 * only fills gaps: a phrase or person name our own entries (bundled or user) already have keeps
 * our meaning, see {@code Lexicon}.
 *
 * <p>Every row is validated when read (file:line and field in the message), including its
 * references: a person's affiliation and an organisation's country must be codes defined by a
 * state or organisation record (of this dictionary, the field layer or, for the field layer, our
 * own entries).
 */
public final class ActorDictionary {
    /** Bundled dictionary files, in load order. */
    public static final List<String> BUNDLED = List.of("states.tsv", "organizations.tsv", "people.tsv", "sectors.tsv");
    /** Field-layer files converted from PETRARCH2, in load order (see package {@code org.faultline.actors.petrarch}). */
    public static final List<String> FIELD = List.of("petrarch2/organizations.tsv", "petrarch2/people.tsv");
    /**
     * Converted PETRARCH2 agent words, shipped but NOT loaded by default: measured on the PLOVER
     * gold, thousands of extra role nouns ("reservists", "missionary", "dictator") made
     * country-less actors that displaced the country-bearing ones, lowering dyad F1 (see the README).
     * {@link #withFieldAgents()} adds them.
     */
    public static final String FIELD_AGENTS = "petrarch2/sectors.tsv";
    private static final Set<String> TRANSNATIONAL = Set.of("IGO", "NGO", "IMG");

    private final List<StateEntry> states;
    private final List<OrganizationEntry> organizations;
    private final List<PersonTerm> people;
    private final List<SectorTerm> sectors;
    private final ActorDictionary field;

    private ActorDictionary(Builder b) {
        this.states = List.copyOf(b.states);
        this.organizations = List.copyOf(b.organizations);
        this.people = List.copyOf(b.people);
        this.sectors = List.copyOf(b.sectors);
        this.field = b.field;
    }

    /** The dictionary shipped with Faultline: our own entries over the PETRARCH2 field layer. */
    public static ActorDictionary bundled() {
        ActorDictionary own = bundledOwn();
        Builder f = new Builder().knowing(own);
        for (String name : FIELD) readResource(f, name);
        return own.withField(f.build());
    }

    /** Only our own hand-written bundled entries, without the field layer. */
    public static ActorDictionary bundledOwn() {
        Builder b = new Builder();
        for (String name : BUNDLED) readResource(b, name);
        return b.build();
    }

    private static void readResource(Builder b, String name) {
        InputStream in = ActorDictionary.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("bundled actor dictionary " + name + " is missing from the classpath");
        b.read(in, "org/faultline/actors/" + name);
    }

    /** This dictionary with {@code fieldLayer} (states are not taken from it) beneath its own entries. */
    public ActorDictionary withField(ActorDictionary fieldLayer) {
        Builder b = toBuilder();
        b.field = fieldLayer;
        return b.build();
    }

    /** This dictionary with the converted PETRARCH2 agent words ({@link #FIELD_AGENTS}) added to its field layer. */
    public ActorDictionary withFieldAgents() {
        Builder f = field == null ? new Builder().knowing(this) : field.toBuilder().knowing(this);
        readResource(f, FIELD_AGENTS);
        return withField(f.build());
    }

    /** The field layer beneath this dictionary's entries, if any. */
    public Optional<ActorDictionary> field() { return Optional.ofNullable(field); }

    /** The sector codes a dictionary row may use (GOV, MIL, REB, ...). */
    public static Set<String> sectorCodes() { return DictionaryParser.SECTORS; }

    /** The bundled dictionary extended with the given user files (e.g. from {@code --actors FILE}). */
    public static ActorDictionary load(List<Path> userFiles) {
        return bundled().extendedWith(userFiles);
    }

    /** A dictionary with this one's entries followed by those of {@code files}. */
    public ActorDictionary extendedWith(List<Path> files) {
        Objects.requireNonNull(files, "files");
        Builder b = toBuilder();
        for (Path f : files) {
            if (f == null || !Files.isRegularFile(f))
                throw new IllegalArgumentException("actor dictionary file " + f + " does not exist or is not a regular file");
            try (InputStream in = Files.newInputStream(f)) {
                b.read(in, f.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read actor dictionary " + f, e);
            }
        }
        return b.build();
    }

    /** A builder holding this dictionary's entries. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.states.addAll(states);
        b.organizations.addAll(organizations);
        b.people.addAll(people);
        b.sectors.addAll(sectors);
        b.field = field;
        return b;
    }

    public List<StateEntry> states() { return states; }
    public List<OrganizationEntry> organizations() { return organizations; }
    public List<PersonTerm> people() { return people; }
    public List<SectorTerm> sectors() { return sectors; }

    /** Code tables (ISO alpha-2/alpha-3, CAMEO) derived from the states. */
    public CountryCodes countryCodes() { return new CountryCodes(states); }

    /** Collects entries; {@link #read} parses dictionary text. */
    public static final class Builder {
        private final List<StateEntry> states = new ArrayList<>();
        private final List<OrganizationEntry> organizations = new ArrayList<>();
        private final List<PersonTerm> people = new ArrayList<>();
        private final List<SectorTerm> sectors = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final Set<String> known = new HashSet<>();
        private ActorDictionary field;

        /** Codes of {@code other}'s states and organisations count as defined for references. */
        public Builder knowing(ActorDictionary other) {
            other.states.forEach(s -> known.add(s.code()));
            other.organizations.forEach(o -> known.add(o.code()));
            return this;
        }

        // entries collected so far (for tests that walk tables row by row)
        int entryCount() { return states.size() + organizations.size() + people.size() + sectors.size(); }

        // a code field of a row that must name a state or an organisation; checked in build()
        void reference(TsvLine line, String fieldName, String code) { references.add(new Reference(line, fieldName, code)); }

        public Builder state(StateEntry e) { states.add(Objects.requireNonNull(e)); return this; }
        public Builder organization(OrganizationEntry e) { organizations.add(Objects.requireNonNull(e)); return this; }
        public Builder person(PersonTerm e) { people.add(Objects.requireNonNull(e)); return this; }
        public Builder sector(SectorTerm e) { sectors.add(Objects.requireNonNull(e)); return this; }

        /** Parses dictionary text (UTF-8); errors name {@code source}, the line and the field. */
        public Builder read(InputStream in, String source) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (TsvLine line : TsvLine.readAll(reader, source)) DictionaryParser.parse(line, this);
            return this;
        }

        /** The dictionary; fails on a row whose affiliation or country names no state or organisation. */
        public ActorDictionary build() {
            if (!references.isEmpty()) {
                Set<String> codes = new HashSet<>(known);
                states.forEach(s -> codes.add(s.code()));
                organizations.forEach(o -> codes.add(o.code()));
                if (field != null) field.organizations.forEach(o -> codes.add(o.code()));
                for (Reference r : references)
                    if (!codes.contains(r.code()) && !TRANSNATIONAL.contains(r.code()))
                        throw r.line().error(r.field(), "'" + r.code() + "' is neither a state code nor an organisation code"
                                + " defined in the dictionary; add a state or org record for it or fix the code");
                references.clear();
            }
            return new ActorDictionary(this);
        }
    }

    private record Reference(TsvLine line, String field, String code) {}
}
