package org.faultline.events.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy of the coder on a gold set.
 *
 * @param sentences   gold sentences scored
 * @param goldEvents  gold events (records) scored
 * @param type        event type, per sentence (sets of types)
 * @param dyad        type + source country + target country, per gold record / predicted event
 * @param source      type + source country
 * @param target      type + target country
 * @param confusion   gold type -> predicted type -> count; NONE marks a missing or spurious event
 * @param misses      a sample of gold sentences the coder got wrong, for inspection (ids and types only)
 */
public record EvalReport(int sentences, int goldEvents, Score type, Score dyad, Score source, Score target,
                         Map<String, Map<String, Integer>> confusion, List<String> misses) {
    public static final String NONE = "NONE";

    public EvalReport {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        confusion.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        confusion = java.util.Collections.unmodifiableMap(copy);
        misses = List.copyOf(misses);
    }

    /** The report as text: the four scores and the confusion table (gold rows, predicted columns). */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "gold sentences %d, gold events %d%n", sentences, goldEvents));
        sb.append("event type                 ").append(type).append('\n');
        sb.append("type+source+target country ").append(dyad).append('\n');
        sb.append("type+source country        ").append(source).append('\n');
        sb.append("type+target country        ").append(target).append('\n');
        TreeSet<String> cols = new TreeSet<>();
        confusion.values().forEach(m -> cols.addAll(m.keySet()));
        List<String> colList = new ArrayList<>(cols);
        sb.append("\nconfusion (rows gold, columns predicted)\n").append(String.format(Locale.ROOT, "%-10s", ""));
        for (String c : colList) sb.append(String.format(Locale.ROOT, "%5s", c.length() > 4 ? c.substring(0, 4) : c));
        sb.append('\n');
        confusion.forEach((g, row) -> {
            sb.append(String.format(Locale.ROOT, "%-10s", g));
            for (String c : colList) {
                Integer n = row.get(c);
                sb.append(String.format(Locale.ROOT, "%5s", n == null ? "." : n.toString()));
            }
            sb.append('\n');
        });
        return sb.toString();
    }
}
