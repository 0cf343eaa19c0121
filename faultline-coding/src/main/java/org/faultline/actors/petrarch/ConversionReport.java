package org.faultline.actors.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.actors.DictionaryFormatException;

/**
 * What a PETRARCH2 conversion did: counts, entries filtered by reason (with examples), entries
 * left to our own records, unreadable lines (file:line) and the office-holder disagreements.
 *
 * @param counts        named counts (entries read, rows written...)
 * @param filtered      reason → number of names/entries/roles dropped for it
 * @param ours          reason → number of entries not written because our own entry wins
 * @param examples      reason → up to five examples
 * @param problems      unreadable lines, as "file:line: what"
 * @param disagreements our office holders against PETRARCH2's dated roles
 * @param checked       number of PETRARCH2 entries matched to one of our people and compared
 * @param horizon       end given to open-ended roles
 */
public record ConversionReport(Map<String, Integer> counts, Map<String, Integer> filtered, Map<String, Integer> ours,
                               Map<String, List<String>> examples, List<String> problems,
                               List<OfficeHolderCheck.Disagreement> disagreements, int checked, LocalDate horizon) {
    private static final int EXAMPLES = 5;

    public ConversionReport {
        counts = Map.copyOf(counts);
        filtered = Map.copyOf(filtered);
        ours = Map.copyOf(ours);
        examples = Map.copyOf(examples);
        problems = List.copyOf(problems);
        disagreements = List.copyOf(disagreements);
    }

    /** One-paragraph summary for the console. */
    public String summary() {
        return String.format("%d organisations, %d people (%d terms), %d agent phrases written; %d dropped by filters, "
                        + "%d left to our own entries; %d unreadable lines; %d PETRARCH2 entries matched to our office holders, "
                        + "%d disagreement(s)",
                counts.getOrDefault("organisations written", 0), counts.getOrDefault("people converted", 0),
                counts.getOrDefault("person terms written", 0), counts.getOrDefault("agent phrases written", 0),
                filtered.values().stream().mapToInt(Integer::intValue).sum(), ours.values().stream().mapToInt(Integer::intValue).sum(),
                problems.size(), checked, disagreements.size());
    }

    /** The report as Markdown (the committed conversion-report.md). */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# PETRARCH2 → Faultline actor dictionary conversion\n\n");
        b.append("Written by `faultline dictionaries convert` (org.faultline.actors.petrarch.PetrarchConverter); "
                + "do not edit by hand, re-run the converter.\n\n");
        b.append("Summary: ").append(summary()).append(".\n\n");
        b.append("Open-ended roles closed at ").append(horizon).append(".\n\n## Counts\n\n");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        b.append("\n## Dropped by the filters\n\n");
        section(b, filtered);
        b.append("\n## Left to our own entries (ours win)\n\n");
        section(b, ours);
        b.append("\n## Our office holders against PETRARCH2's dated roles\n\n");
        b.append(checked).append(" PETRARCH2 entries were matched to our people; ").append(disagreements.size())
                .append(" disagreement(s). PETRARCH2's data stop around 2015–2018, so our terms starting after ")
                .append(horizon).append(" are not checked.\n\n");
        for (var d : disagreements)
            b.append("- ").append(d.ours()).append(" / PETRARCH2 ").append(d.theirs()).append(" (").append(d.where())
                    .append("): ").append(d.what()).append('\n');
        b.append("\n## Unreadable lines (skipped)\n\n");
        for (String p : problems) b.append("- ").append(p).append('\n');
        return b.toString();
    }

    private void section(StringBuilder b, Map<String, Integer> counts) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
            b.append("- ").append(e.getKey()).append(": ").append(e.getValue());
            List<String> ex = examples.getOrDefault(e.getKey(), List.of());
            if (!ex.isEmpty()) b.append(" — e.g. ").append(String.join("; ", ex));
            b.append('\n');
        });
    }

    /** Collects a report while converting. */
    static final class Builder {
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Map<String, Integer> filtered = new LinkedHashMap<>();
        private final Map<String, Integer> ours = new LinkedHashMap<>();
        private final Map<String, List<String>> examples = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final List<OfficeHolderCheck.Disagreement> disagreements = new ArrayList<>();
        private final LocalDate horizon;
        private int checked;

        Builder(LocalDate horizon) { this.horizon = horizon; }

        void count(String what, int n) { counts.merge(what, n, Integer::sum); }

        void filtered(String reason, String example) { add(filtered, reason, example); }

        void ours(String reason, String example) { add(ours, reason, example); }

        void problem(DictionaryFormatException e) { problems.add(e.getMessage()); }

        void disagreement(OfficeHolderCheck.Disagreement d) { disagreements.add(d); }

        void checked() { checked++; }

        private void add(Map<String, Integer> map, String reason, String example) {
            map.merge(reason, 1, Integer::sum);
            List<String> ex = examples.computeIfAbsent(reason, k -> new ArrayList<>());
            if (ex.size() < EXAMPLES) ex.add(example);
        }

        ConversionReport build() {
            return new ConversionReport(counts, filtered, ours, examples, problems, disagreements, checked, horizon);
        }
    }
}
