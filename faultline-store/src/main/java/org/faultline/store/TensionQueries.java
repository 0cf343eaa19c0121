package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates over events for tension analysis: a dyad's whole history is one indexed query. An
 * "occurrence" is an incident (all events sharing an incident_id) or an event not grouped into
 * one: however many reports an incident has, it counts once.
 */
final class TensionQueries {
    private TensionQueries() {}

    /** The dyad's day-dated event mentions: one indexed read, aggregated below. */
    private static final String MENTIONS = "SELECT incident_id, id, date_from, goldstein, quad FROM events"
            + " WHERE date_precision = 'DAY' AND date_from IS NOT NULL AND (%s)";

    /*
     * Aggregated in Java rather than with SQL window functions: a single pass over the rows with
     * a hash map costs about half the CPU of the two sorts the windowed query needs.
     */
    static List<DailyAggregate> daily(Connection c, String source, String target, boolean bothDirections)
            throws SQLException {
        String dyad = bothDirections
                ? "(source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)"
                : "source_country = ? AND target_country = ?";
        Map<String, Occurrence> occurrences = new LinkedHashMap<>(); // row order: sums add up the same every run
        try (PreparedStatement ps = c.prepareStatement(String.format(MENTIONS, dyad))) {
            ps.setString(1, source);
            ps.setString(2, target);
            if (bothDirections) {
                ps.setString(3, target);
                ps.setString(4, source);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String incident = rs.getString(1);
                    String key = incident != null ? "i:" + incident : "e:" + rs.getString(2);
                    Occurrence mention = new Occurrence(rs.getString(3), rs.getDouble(4), rs.getInt(5));
                    occurrences.merge(key, mention, Occurrence::merge);
                }
            }
        }
        Map<String, int[]> counts = new TreeMap<>(); // day -> events, q1..q4, reports
        Map<String, Double> sums = new HashMap<>();
        for (Occurrence o : occurrences.values()) {
            int[] day = counts.computeIfAbsent(o.firstDay, d -> new int[6]);
            day[0]++;
            day[o.quad]++;
            day[5] += o.reports;
            sums.merge(o.firstDay, o.goldstein, Double::sum);
        }
        List<DailyAggregate> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            out.add(new DailyAggregate(LocalDate.parse(e.getKey()), n[0], sums.get(e.getKey()), n[1], n[2], n[3], n[4], n[5]));
        }
        return out;
    }

    /**
     * An incident (or lone event) so far: its first day, its most extreme report's score, quad
     * and day, and how many reports it has.
     */
    private record Occurrence(String firstDay, double goldstein, int quad, String extremeDay, int reports) {
        Occurrence(String day, double goldstein, int quad) { this(day, goldstein, quad, day, 1); }

        Occurrence merge(Occurrence other) {
            Occurrence extreme = moreExtreme(this, other);
            String first = firstDay.compareTo(other.firstDay) <= 0 ? firstDay : other.firstDay;
            return new Occurrence(first, extreme.goldstein, extreme.quad, extreme.extremeDay, reports + other.reports);
        }

        /** Larger |Goldstein| wins; on a tie the more hostile, then the earlier, then the higher quad. */
        private static Occurrence moreExtreme(Occurrence a, Occurrence b) {
            int byMagnitude = Double.compare(Math.abs(a.goldstein), Math.abs(b.goldstein));
            if (byMagnitude != 0) return byMagnitude > 0 ? a : b;
            if (a.goldstein != b.goldstein) return a.goldstein < b.goldstein ? a : b;
            int byDay = a.extremeDay.compareTo(b.extremeDay);
            if (byDay != 0) return byDay < 0 ? a : b;
            return a.quad >= b.quad ? a : b;
        }
    }

    static List<Dyad> dyads(Connection c, int limit) throws SQLException {
        String sql = "SELECT source_country, target_country, count(*) AS n,"
                + " count(DISTINCT coalesce('i:' || incident_id, 'e:' || id))"
                + " FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
                + " GROUP BY source_country, target_country ORDER BY n DESC, source_country, target_country LIMIT ?";
        List<Dyad> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Dyad(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }
}
