package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.claims.Claim;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.StatusChange;
import org.faultline.events.Event;
import org.faultline.ingest.Article;

/**
 * The queries behind incremental linking ({@link Store#articlesInWindow}, {@link Store#replaceLinksWithin}):
 * which articles a time window touches, and reads and deletes restricted to a set of articles. Plain SQL
 * shared by SQLite and PostgreSQL; id lists go in chunks so no statement exceeds a driver's parameter limit.
 * Callers own the transaction.
 */
final class WindowRows {
    private static final int CHUNK = 500;
    /** Longest span a coded event date covers (a year, leap day included). */
    static final int MAX_SPAN_DAYS = 366;
    private final ArticleRows articles;
    private final EventRows events;
    private final ClaimRows claims;

    WindowRows(ArticleRows articles, EventRows events, ClaimRows claims) {
        this.articles = articles;
        this.events = events;
        this.claims = claims;
    }

    /** Articles published in [from, to] or holding an event whose dates overlap it (ISO text compares in date order). */
    Set<String> inWindow(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Set<String> out = new TreeSet<>();
        String lo = from.toString(), hiExclusive = to.plusDays(1).toString();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE published >= ? AND published < ?")) {
            ps.setString(1, lo);
            ps.setString(2, hiExclusive);
            try (ResultSet rs = ps.executeQuery()) { while (rs.next()) out.add(rs.getString(1)); }
        }
        // the lower bound on date_from lets the (date_from, date_to) index stop early: no coded date spans
        // more than a year (the coarsest precision), so older starts cannot reach into the window
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT article_id FROM events WHERE date_from >= ? AND date_from < ? AND date_to >= ?")) {
            ps.setString(1, from.minusDays(MAX_SPAN_DAYS).toString());
            ps.setString(2, hiExclusive);
            ps.setString(3, lo);
            try (ResultSet rs = ps.executeQuery()) { while (rs.next()) out.add(rs.getString(1)); }
        }
        return out;
    }

    /** The stored incident ids of the given events. */
    Set<String> incidentsOfEvents(Connection c, Collection<String> eventIds) throws SQLException {
        Set<String> out = new TreeSet<>();
        forChunks(c, "SELECT DISTINCT incident_id FROM events WHERE incident_id IS NOT NULL AND id IN ", eventIds,
                rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Every stored event of the given incidents. */
    List<Event> eventsOfIncidents(Connection c, Collection<String> incidentIds) throws SQLException {
        List<Event> out = new ArrayList<>();
        forChunks(c, "SELECT " + EventRows.COLUMNS + " FROM events WHERE incident_id IN ", incidentIds, rs -> out.add(events.read(rs)));
        return out;
    }

    List<Article> articles(Connection c, Collection<String> ids) throws SQLException {
        List<Article> out = new ArrayList<>();
        forChunks(c, "SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE id IN ", ids, rs -> out.add(articles.read(rs)));
        return out;
    }

    List<Event> events(Connection c, Collection<String> articleIds) throws SQLException {
        List<Event> out = new ArrayList<>();
        forChunks(c, "SELECT " + EventRows.COLUMNS + " FROM events WHERE article_id IN ", articleIds, rs -> out.add(events.read(rs)));
        return out;
    }

    List<Claim> claims(Connection c, Collection<String> articleIds) throws SQLException {
        List<Claim> out = new ArrayList<>();
        forChunks(c, "SELECT " + ClaimRows.columns("c") + " FROM claims c WHERE c.article_id IN ", articleIds,
                rs -> out.add(claims.read(rs, 1)));
        return out;
    }

    void deleteIncidents(Connection c, Collection<String> ids) throws SQLException {
        update(c, "DELETE FROM incidents WHERE id IN ", ids);
    }

    void clearEventIncidents(Connection c, Collection<String> eventIds) throws SQLException {
        update(c, "UPDATE events SET incident_id = NULL WHERE id IN ", eventIds);
    }

    /** The stored contradictions whose two claims are both among these. */
    List<String> contradictionsWithin(Connection c, Set<String> claimIds) throws SQLException {
        List<String> out = new ArrayList<>();
        forChunks(c, "SELECT id, claim_b FROM contradictions WHERE claim_a IN ", claimIds, rs -> {
            if (claimIds.contains(rs.getString(2))) out.add(rs.getString(1));
        });
        return out;
    }

    /**
     * The ids of stored commitments to replace: those recomputed ({@code recomputed}) and those whose whole
     * history lies in the window's articles (the window's recomputation is their complete evidence).
     */
    static Set<String> commitmentsToReplace(List<Commitment> stored, Set<String> windowArticles, Collection<String> recomputed) {
        Set<String> out = new TreeSet<>(recomputed);
        for (Commitment k : stored) {
            boolean inside = !k.history().isEmpty();
            for (StatusChange s : k.history()) if (!windowArticles.contains(s.articleId())) { inside = false; break; }
            if (inside) out.add(k.id());
        }
        return out;
    }

    void deleteContradictions(Connection c, Collection<String> ids) throws SQLException {
        update(c, "DELETE FROM contradictions WHERE id IN ", ids);
    }

    void deleteCommitments(Connection c, Collection<String> ids) throws SQLException {
        update(c, "DELETE FROM commitments WHERE id IN ", ids);
    }

    private interface Row { void accept(ResultSet rs) throws SQLException; }

    private static void forChunks(Connection c, String prefix, Collection<String> ids, Row row) throws SQLException {
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(prefix + marks(part.size()))) {
                for (int j = 0; j < part.size(); j++) ps.setString(j + 1, part.get(j));
                try (ResultSet rs = ps.executeQuery()) { while (rs.next()) row.accept(rs); }
            }
        }
    }

    private static void update(Connection c, String prefix, Collection<String> ids) throws SQLException {
        update(c, prefix, ids, "");
    }

    private static void update(Connection c, String prefix, Collection<String> ids, String suffix) throws SQLException {
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(prefix + marks(part.size()) + suffix)) {
                for (int j = 0; j < part.size(); j++) ps.setString(j + 1, part.get(j));
                ps.executeUpdate();
            }
        }
    }

    private static String marks(int n) {
        return "(" + "?,".repeat(n - 1) + "?)";
    }

}
