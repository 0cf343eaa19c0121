package org.faultline.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the PLOVER gold standard records (a JSON array of records with text, event, source and
 * target actor lists). Skips DOCUMENT records, maps pre-2.0 labels (DEMAND to REQUEST,
 * DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT) and CAMEO country codes that differ
 * from ISO 3166 (JAP, ITL, VTN); groups records by sentence text.
 */
public final class GoldFile {
    private static final Map<String, String> LABELS = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM",
            "ROM", "ROU", "GMY", "DEU", "UKG", "GBR", "BUL", "BGR", "SUD", "SDN", "ALG", "DZA");

    private GoldFile() {}

    public static List<GoldSentence> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) throw new IllegalArgumentException("gold file " + file + " does not exist or is not a file");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read gold file " + file + ": " + e.getMessage(), e);
        }
        if (!root.isArray()) throw new IllegalArgumentException("gold file " + file + " must hold a JSON array of records");
        Map<String, List<GoldEvent>> byText = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (JsonNode r : root) {
            String event = r.path("event").asText("").toUpperCase(Locale.ROOT);
            String text = r.path("text").asText("").strip();
            if (event.isEmpty() || event.equals("DOCUMENT") || text.isEmpty()) continue;
            String type = LABELS.getOrDefault(event, event);
            byText.computeIfAbsent(text, k -> new ArrayList<>())
                    .add(new GoldEvent(r.path("id").asText(), type, countries(r.path("source")), countries(r.path("target"))));
            dates.putIfAbsent(text, date(r.path("date").asText(null)));
        }
        List<GoldSentence> out = new ArrayList<>();
        byText.forEach((text, events) -> out.add(new GoldSentence(text, dates.get(text), events)));
        return out;
    }

    /** ISO form of a CAMEO country code; IGO, NGO, IMG and other non-state codes stay as they are. */
    public static String iso(String cameoCountry) {
        if (cameoCountry == null) return null;
        String c = cameoCountry.strip().toUpperCase(Locale.ROOT);
        if (c.length() > 3) c = c.substring(0, 3);
        return CAMEO_TO_ISO.getOrDefault(c, c);
    }

    private static Set<String> countries(JsonNode actors) {
        Set<String> out = new LinkedHashSet<>();
        if (!actors.isArray()) return out;
        for (JsonNode a : actors) {
            String code = a.path("code").asText("");
            if (!code.isBlank()) out.add(iso(code));
        }
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
