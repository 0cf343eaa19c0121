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
import java.util.List;
import java.util.Objects;

/**
 * The actor dictionary: states and de-facto entities, organisations, named people with their
 * terms of office, and sector words. Immutable; build it with {@link #bundled()} (the files under
 * {@code org/faultline/actors/} on the classpath) and add a user's files with {@link #load(List)}
 * or {@link #extendedWith(List)}. The file format is documented at the top of states.tsv.
 *
 * <p>Entries from later files come after bundled ones; when two entries share a name, the
 * resolver prefers people, then organisations, then states, then sector words, and among equals
 * the later (user) entry, so a user's file can override a bundled meaning.
 */
public final class ActorDictionary {
    /** Bundled dictionary files, in load order. */
    public static final List<String> BUNDLED = List.of("states.tsv", "organizations.tsv", "people.tsv", "sectors.tsv");

    private final List<StateEntry> states;
    private final List<OrganizationEntry> organizations;
    private final List<PersonTerm> people;
    private final List<SectorTerm> sectors;

    private ActorDictionary(Builder b) {
        this.states = List.copyOf(b.states);
        this.organizations = List.copyOf(b.organizations);
        this.people = List.copyOf(b.people);
        this.sectors = List.copyOf(b.sectors);
    }

    /** The dictionary shipped with Faultline. */
    public static ActorDictionary bundled() {
        Builder b = new Builder();
        for (String name : BUNDLED) {
            InputStream in = ActorDictionary.class.getResourceAsStream(name);
            if (in == null) throw new IllegalStateException("bundled actor dictionary " + name + " is missing from the classpath");
            b.read(in, "org/faultline/actors/" + name);
        }
        return b.build();
    }

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

        public ActorDictionary build() { return new ActorDictionary(this); }
    }
}
