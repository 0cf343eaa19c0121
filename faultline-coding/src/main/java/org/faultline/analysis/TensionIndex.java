package org.faultline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.nlp.DatePrecision;

/**
 * Per-dyad tension index and escalation alerts. The method, so an analyst can check a figure:
 * <ol>
 *   <li><b>Which events count.</b> Events between the two countries (either direction unless
 *       directed) that the text says happened (asserted or reported; not proposed, hypothetical or
 *       negated) and whose date is known to the day. An actor counts on the side its country is
 *       grouped with in {@link DyadGroups} ({@code dyad-groups.tsv}: a de-facto entity on its
 *       patron's side, NKR with ARM), so AZE&rarr;NKR shelling is part of ARM-AZE.</li>
 *   <li><b>Each occurrence once.</b> Events grouped into one incident count once, with the
 *       Goldstein score of their most extreme report; events in no incident count alone.</li>
 *   <li><b>Intensity.</b> An occurrence adds {@code -goldstein}, times {@value #MATERIAL_WEIGHT}
 *       for material conflict (quad 4): a shelling (-10) adds 15, an accusation (-2) adds 2, an
 *       agreement (+5) takes 5 away. A period's raw value is the sum, floored at 0.</li>
 *   <li><b>Smoothing.</b> Exponential, {@code s = a*raw + (1-a)*s_prev}, a = {@value #ALPHA}.</li>
 *   <li><b>Alerts.</b> A period alerts when its raw value exceeds the mean of the preceding
 *       baseline window (28 days, or 8 weeks) by more than {@value #SIGMAS} standard deviations
 *       and is at least {@value #FLOOR} (one material attack). With fewer than 3 active periods of
 *       history the floor alone decides, so a first flare-up is still flagged.</li>
 * </ol>
 */
public final class TensionIndex {
    static final double MATERIAL_WEIGHT = 1.5;
    static final double ALPHA = 0.3;
    static final double SIGMAS = 2.0;
    static final double FLOOR = 15.0;

    private final DyadGroups groups;

    /** An index with the bundled dyad groups. */
    public TensionIndex() { this(DyadGroups.bundled()); }

    /** An index that counts actors on the sides {@code groups} gives ({@link DyadGroups#none()} for none). */
    public TensionIndex(DyadGroups groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /** The dyad groups this index counts with (callers read a dyad's events for every code of each side). */
    public DyadGroups groups() { return groups; }

    /**
     * @param dyad     "AAA-BBB" country codes
     * @param directed only AAA → BBB events count
     * @param events   candidate events (others are filtered out here)
     */
    public TensionSeries compute(String dyad, boolean directed, Granularity granularity, List<Event> events) {
        Objects.requireNonNull(granularity, "granularity");
        String[] sides = parseDyad(dyad);
        Map<String, Occurrence> occurrences = new HashMap<>();
        for (Event e : events) {
            if (!counts(e, sides, directed)) continue;
            LocalDate day = LocalDate.parse(e.date().substring(0, 10));
            String key = (e.incidentId() != null ? e.incidentId() : e.id()) + "@" + granularity.periodStart(day);
            occurrences.merge(key, new Occurrence(granularity.periodStart(day), e, 1), Occurrence::stronger);
        }
        TreeMap<LocalDate, List<Occurrence>> byPeriod = new TreeMap<>();
        for (Occurrence o : occurrences.values()) byPeriod.computeIfAbsent(o.period, k -> new ArrayList<>()).add(o);
        List<TensionPoint> points = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        if (byPeriod.isEmpty()) return new TensionSeries(dyad, directed, granularity, points, alerts);
        double smoothed = 0;
        int window = granularity == Granularity.DAILY ? 28 : 8;
        for (LocalDate p = byPeriod.firstKey(); !p.isAfter(byPeriod.lastKey()); p = granularity.next(p)) {
            List<Occurrence> here = byPeriod.getOrDefault(p, List.of());
            double raw = Math.max(0, here.stream().mapToDouble(Occurrence::intensity).sum());
            smoothed = ALPHA * raw + (1 - ALPHA) * smoothed;
            int reports = here.stream().mapToInt(o -> o.reports).sum();
            Alert alert = alert(dyad, p, raw, points, window, here);
            if (alert != null) alerts.add(alert);
            points.add(new TensionPoint(p, raw, smoothed, here.size(), reports));
        }
        return new TensionSeries(dyad, directed, granularity, points, alerts);
    }

    private static Alert alert(String dyad, LocalDate period, double raw, List<TensionPoint> history, int window,
                               List<Occurrence> here) {
        List<TensionPoint> base = history.subList(Math.max(0, history.size() - window), history.size());
        double mean = base.stream().mapToDouble(TensionPoint::raw).average().orElse(0);
        double var = base.stream().mapToDouble(t -> (t.raw() - mean) * (t.raw() - mean)).average().orElse(0);
        long active = base.stream().filter(t -> t.occurrences() > 0).count();
        double threshold = active < 3 ? FLOOR : Math.max(FLOOR, mean + SIGMAS * Math.sqrt(var));
        if (raw < threshold) return null;
        List<Occurrence> drivers = here.stream().sorted(Comparator.comparingDouble(Occurrence::intensity).reversed()).limit(5).toList();
        StringBuilder why = new StringBuilder(String.format(Locale.ROOT,
                "tension %.1f on %s against a baseline of %.1f over the previous %d periods (threshold %.1f). Driven by: ",
                raw, period, mean, base.size(), threshold));
        for (int i = 0; i < drivers.size(); i++) {
            Event e = drivers.get(i).event;
            if (i > 0) why.append("; ");
            why.append(String.format(Locale.ROOT, "%s %s %s (%s, %+.1f, %d report%s)", code(e.source()), e.type(),
                    code(e.target()), e.trigger(), e.goldstein(), drivers.get(i).reports, drivers.get(i).reports == 1 ? "" : "s"));
        }
        return new Alert(dyad, period, raw, mean, threshold, drivers.stream().map(o -> o.event.id()).toList(), why.toString());
    }

    private boolean counts(Event e, String[] sides, boolean directed) {
        if (e.factuality() != Factuality.ASSERTED && e.factuality() != Factuality.REPORTED) return false;
        if (e.datePrecision() != DatePrecision.DAY || e.date() == null || e.date().length() < 10) return false;
        LocalDate day = LocalDate.parse(e.date().substring(0, 10));
        String s = groups.side(country(e.source()), day), t = groups.side(country(e.target()), day);
        if (s == null || t == null) return false;
        if (s.equals(sides[0]) && t.equals(sides[1])) return true;
        return !directed && s.equals(sides[1]) && t.equals(sides[0]);
    }

    static String[] parseDyad(String dyad) {
        if (dyad == null || !dyad.matches("[A-Za-z]{3}-[A-Za-z]{3}"))
            throw new IllegalArgumentException("dyad must be two country codes joined by '-', e.g. ARM-AZE; was '" + dyad + "'");
        return dyad.toUpperCase(Locale.ROOT).split("-");
    }

    private static String country(org.faultline.actors.Actor a) {
        return a == null || a.country() == null ? null : a.country().toUpperCase(Locale.ROOT);
    }

    private static String code(org.faultline.actors.Actor a) {
        return a == null ? "-" : a.code() != null ? a.code() : a.name();
    }

    /** One incident (or lone event) in one period, represented by its most extreme report. */
    private record Occurrence(LocalDate period, Event event, int reports) {
        double intensity() {
            double v = -event.goldstein();
            return event.quad() == 4 ? v * MATERIAL_WEIGHT : v;
        }

        Occurrence stronger(Occurrence other) {
            Event e = Math.abs(other.event.goldstein()) > Math.abs(event.goldstein()) ? other.event : event;
            return new Occurrence(period, e, reports + other.reports);
        }
    }
}
