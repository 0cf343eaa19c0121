package org.faultline.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number a statement gives for a countable category: deaths, wounded, troops, displaced people
 * ("over 200 deaths", "up to 3,000 troops", "some 100,000 people fled").
 *
 * @param category deaths, wounded, troops or displaced
 * @param value    the number
 * @param text     the figure as written
 */
record Figure(String category, double value, String text) {
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,.]*\\d|\\d)(\\s+(million|thousand|hundred))?");
    private static final Map<String, String> CATEGORY = Map.ofEntries(
            Map.entry("killed", "deaths"), Map.entry("dead", "deaths"), Map.entry("deaths", "deaths"),
            Map.entry("death", "deaths"), Map.entry("casualties", "deaths"), Map.entry("fatalities", "deaths"),
            Map.entry("lives", "deaths"), Map.entry("died", "deaths"),
            Map.entry("wounded", "wounded"), Map.entry("injured", "wounded"), Map.entry("injuries", "wounded"),
            Map.entry("troops", "troops"), Map.entry("soldiers", "troops"), Map.entry("servicemen", "troops"),
            Map.entry("personnel", "troops"), Map.entry("fighters", "troops"),
            Map.entry("refugees", "displaced"), Map.entry("displaced", "displaced"), Map.entry("fled", "displaced"),
            Map.entry("evacuated", "displaced"));
    /** How far (in words) after the number the category word may stand ("200 civilians were killed"). */
    private static final int WINDOW = 4;

    /** The figures of a text, each with the first category word at most a few words after the number. */
    static List<Figure> in(String text) {
        List<Figure> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) continue;
            Double v = parse(m.group(1), m.group(3));
            if (v == null || isYear(v, m.group(1))) continue;
            String[] after = text.substring(m.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+", WINDOW + 2);
            for (int k = 0; k < after.length && k <= WINDOW; k++) {
                String cat = CATEGORY.get(after[k]);
                if (cat != null) {
                    out.add(new Figure(cat, v, text.substring(m.start(), m.end()).strip()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isYear(double v, String raw) {
        return raw.length() == 4 && !raw.contains(",") && v >= 1900 && v <= 2100;
    }

    private static Double parse(String digits, String scale) {
        String d = digits.replace(",", "");
        if (d.chars().filter(c -> c == '.').count() > 1) d = d.replace(".", "");
        try {
            double v = Double.parseDouble(d);
            if (scale != null) v *= switch (scale) { case "million" -> 1_000_000; case "thousand" -> 1_000; default -> 100; };
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the two figures cannot both be right: same category, apart by more than a quarter and more than 2. */
    boolean conflictsWith(Figure o) {
        if (!category.equals(o.category)) return false;
        double lo = Math.min(value, o.value), hi = Math.max(value, o.value);
        return hi - lo > 2 && hi > lo * 1.25;
    }
}
