package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates over events for tension analysis, computed in SQL so a dyad's whole history is one
 * indexed query. An "occurrence" is an incident (all events sharing an incident_id) or an event
 * not grouped into one: however many reports an incident has, it counts once.
 */
final class TensionQueries {
    private TensionQueries() {}

    /*
     * m: the dyad's day-dated event mentions, keyed by occurrence.
     * r: each mention with its occurrence's first day and number of mentions, ranked so the most
     *    extreme Goldstein score comes first (on a tie the more hostile one, then the earlier day).
     * The occurrence is counted on its first day with its most extreme mention's score and quad.
     */
    private static final String DAILY = "WITH m AS ("
            + " SELECT coalesce('i:' || incident_id, 'e:' || id) AS k, date_from AS d, goldstein AS g, quad AS q"
            + " FROM events WHERE date_precision = 'DAY' AND date_from IS NOT NULL AND (%s)),"
            + " r AS (SELECT min(d) OVER w AS day, count(*) OVER w AS n, g, q,"
            + "   row_number() OVER (PARTITION BY k ORDER BY abs(g) DESC, g, d) AS rn"
            + "   FROM m WINDOW w AS (PARTITION BY k))"
            + " SELECT day, count(*), sum(g), sum(q = 1), sum(q = 2), sum(q = 3), sum(q = 4), sum(n)"
            + " FROM r WHERE rn = 1 GROUP BY day ORDER BY day";

    static List<DailyAggregate> daily(Connection c, String source, String target, boolean bothDirections)
            throws SQLException {
        String dyad = bothDirections
                ? "(source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)"
                : "source_country = ? AND target_country = ?";
        List<DailyAggregate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(String.format(DAILY, dyad))) {
            ps.setString(1, source);
            ps.setString(2, target);
            if (bothDirections) {
                ps.setString(3, target);
                ps.setString(4, source);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DailyAggregate(LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getDouble(3),
                            rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        return out;
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
