package org.faultline.actors.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a PETRARCH2 conversion produced and its report; {@link #write} puts them into a
 * directory as Faultline dictionary files ({@code organizations.tsv}, {@code people.tsv},
 * {@code sectors.tsv}), each headed by PETRARCH2's attribution, beside {@code LICENSE-petrarch2}
 * and {@code conversion-report.md}.
 *
 * @param organizations organisation rows
 * @param people        person rows (one per term)
 * @param sectors       sector-word rows
 * @param report        what was converted, dropped and found
 */
public record ConversionResult(List<PetrarchConverter.OrgRow> organizations, List<PetrarchConverter.PersonRow> people,
                               List<PetrarchConverter.SectorRow> sectors, List<PetrarchPlaces.Row> places, ConversionReport report) {
    /** Output file names, as {@code ActorDictionary.FIELD} loads them. */
    public static final List<String> FILES = List.of("organizations.tsv", "people.tsv", "sectors.tsv");

    public ConversionResult {
        organizations = List.copyOf(organizations);
        people = List.copyOf(people);
        sectors = List.copyOf(sectors);
        places = List.copyOf(places);
    }

    /** A result without places (actors and agents only). */
    public ConversionResult(List<PetrarchConverter.OrgRow> organizations, List<PetrarchConverter.PersonRow> people,
                            List<PetrarchConverter.SectorRow> sectors, ConversionReport report) {
        this(organizations, people, sectors, List.of(), report);
    }

    /**
     * Writes the files into {@code out} (created if needed).
     *
     * @param licence PETRARCH2's LICENSE text, kept verbatim in LICENSE-petrarch2
     */
    public void write(Path out, String licence) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("LICENSE-petrarch2"), "The files organizations.tsv, people.tsv, sectors.tsv and places.tsv in this directory\n"
                    + "are converted by Faultline from the actor and agent dictionaries of PETRARCH2\n"
                    + "(openeventdata/petrarch2, data/dictionaries), which are distributed under the\n"
                    + "following licence:\n\n" + licence, StandardCharsets.UTF_8);
            if (!places.isEmpty()) Files.writeString(out.resolve(PetrarchPlaces.FILE), PetrarchPlaces.render(places), StandardCharsets.UTF_8);
            List<String> orgs = new ArrayList<>(header("ORGANISATIONS (IGOs, NGOs, armed non-state groups, agencies)",
                    "Phoenix.Countries/International/MilNonState.actors.txt", "organizations.tsv"));
            for (var o : organizations)
                orgs.add(String.join("\t", "org", o.code(), o.country(), dash(o.sector()), o.names().get(0),
                        list(o.names().subList(1, o.names().size()))));
            List<String> ppl = new ArrayList<>(header("NAMED PEOPLE with their dated roles",
                    "Phoenix.Countries/International.actors.txt", "people.tsv"));
            for (var p : people)
                ppl.add(String.join("\t", "person", p.name(), list(p.aliases()), p.affiliation(), dash(p.sector()), p.office(),
                        date(p.from()), date(p.to())));
            List<String> sec = new ArrayList<>(header("SECTOR WORDS from PETRARCH2's generic agents (all weak)",
                    "Phoenix.agents.txt", "sectors.tsv"));
            for (var s : sectors) sec.add(String.join("\t", "sector", String.join(";", s.phrases()), s.sector(), "weak"));
            Files.write(out.resolve("organizations.tsv"), orgs, StandardCharsets.UTF_8);
            Files.write(out.resolve("people.tsv"), ppl, StandardCharsets.UTF_8);
            Files.write(out.resolve("sectors.tsv"), sec, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("conversion-report.md"), report.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the converted dictionary into " + out, e);
        }
    }

    private static List<String> header(String what, String from, String format) {
        return List.of(
                "# Faultline actor dictionary, FIELD LAYER: " + what,
                "# Converted from PETRARCH2's " + from + " (openeventdata/petrarch2, MIT licence:",
                "# Copyright (c) 2014 Open Event Data Alliance; see LICENSE-petrarch2 beside this file) by",
                "# `faultline dictionaries convert --petrarch DIR --out DIR`. Do not edit: re-run the converter;",
                "# correct or override entries in our own " + format + " (our entries win on every phrase).",
                "# Format: see ../states.tsv and ../" + format + "; what was dropped and why: conversion-report.md.");
    }

    private static String dash(String s) { return s == null ? "-" : s; }

    private static String list(List<String> l) { return l.isEmpty() ? "-" : String.join(";", l); }

    private static String date(LocalDate d) { return d == null ? "-" : d.toString(); }
}
