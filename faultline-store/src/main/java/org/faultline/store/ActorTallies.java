package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.Actor;

/**
 * The actors of the stored events counted in one SQL aggregate (the API counted them in Java
 * over every event). An actor is its code, or its name when it has none; an event whose two
 * sides are the same actor counts once, as source. With a country, only that country's actors
 * are counted. Most active first, then by key (byte order, the same on both backends).
 * Runs unchanged on SQLite and PostgreSQL (window functions, UNION ALL, CTEs).
 */
final class ActorTallies {
    private final Dialect dialect;

    ActorTallies(Dialect dialect) {
        this.dialect = dialect;
    }

    private static String key(String side) {
        return "CASE WHEN " + side + "_code IS NOT NULL AND " + side + "_code <> '' THEN 'code:' || " + side
                + "_code ELSE 'name:' || " + side + "_name END";
    }

    /** The common table expressions; {@code params} receives the country filter values. */
    private static String with(String country, List<Object> params) {
        String sourceFilter = "", targetFilter = "";
        if (country != null) {
            sourceFilter = " AND source_country = ?";
            targetFilter = " AND target_country = ?";
        }
        StringBuilder sql = new StringBuilder("WITH sides AS (")
                .append("SELECT ").append(key("source")).append(" AS k, source_text AS text, source_name AS name, ")
                .append("source_country AS country, source_sector AS sector, source_code AS code, source_wikidata AS wikidata, ")
                .append("1 AS src, goldstein FROM events WHERE source_text IS NOT NULL").append(sourceFilter)
                .append(" UNION ALL SELECT ").append(key("target")).append(" AS k, target_text, target_name, target_country, ")
                .append("target_sector, target_code, target_wikidata, 0, goldstein FROM events WHERE target_text IS NOT NULL")
                .append(" AND (source_text IS NULL OR ").append(key("target")).append(" <> ").append(key("source")).append(")")
                .append(targetFilter)
                .append("), totals AS (SELECT k, count(*) AS n, sum(src) AS s, sum(goldstein) AS g, count(DISTINCT text) AS m, ")
                .append("max(name) AS name, max(country) AS country, max(sector) AS sector, max(code) AS code, ")
                .append("max(wikidata) AS wikidata FROM sides GROUP BY k)");
        if (country != null) {
            params.add(country);
            params.add(country);
        }
        return sql.toString();
    }

    /** A page of tallies and the number of actors in all pages. */
    record Page(long total, List<ActorTally> items) {
        Page {
            items = List.copyOf(items); // kept and shared between requests (CountCache)
        }
    }

    /** One aggregate for the page and its total (a window count); a second only past the last page. */
    Page pageWithTotal(Connection c, String country, int limit, int offset) throws SQLException {
        long[] total = {-1};
        List<ActorTally> items = page(c, country, limit, offset, total);
        return new Page(total[0] >= 0 ? total[0] : count(c, country), items);
    }

    List<ActorTally> page(Connection c, String country, int limit, int offset) throws SQLException {
        return page(c, country, limit, offset, new long[1]);
    }

    private List<ActorTally> page(Connection c, String country, int limit, int offset, long[] total) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = with(country, params)
                + ", texts AS (SELECT k, text, count(*) AS c FROM sides GROUP BY k, text)"
                + ", best AS (SELECT k, text FROM (SELECT k, text, row_number() OVER (PARTITION BY k ORDER BY c DESC, "
                + dialect.byteOrder("text") + ") AS r FROM texts) ranked WHERE r = 1)"
                + " SELECT best.text, totals.name, totals.country, totals.sector, totals.code, totals.wikidata, "
                + "totals.n, totals.s, totals.g, totals.m, count(*) OVER () FROM totals JOIN best ON best.k = totals.k"
                + " ORDER BY totals.n DESC, " + dialect.byteOrder("totals.k") + " LIMIT ? OFFSET ?";
        params.add(dialect.limit(limit));
        params.add(offset);
        List<ActorTally> out = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Actor a = new Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                int n = rs.getInt(7), s = rs.getInt(8);
                out.add(new ActorTally(a, n, s, n - s, rs.getDouble(9) / n, rs.getInt(10)));
                total[0] = rs.getLong(11);
            }
        }
        return out;
    }

    long count(Connection c, String country) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement ps = QueryParts.prepare(c, with(country, params) + " SELECT count(*) FROM totals", params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
