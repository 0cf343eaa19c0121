package org.faultline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a database the three ways it can go wrong: SQLite's own page/index integrity, rows
 * whose article is missing (foreign keys), and a full-text index out of step with the articles.
 */
final class IntegrityCheck {
    private IntegrityCheck() {}

    static List<String> run(Connection conn) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) if (!"ok".equals(rs.getString(1))) problems.add("integrity: " + rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) problems.add("orphan row in " + rs.getString(1) + " (rowid " + rs.getLong(2)
                        + ") pointing to missing " + rs.getString(3));
            }
            try {
                // rank = 1 makes FTS5 compare the index with the external content table too
                st.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
            } catch (SQLException e) {
                problems.add("full-text index out of step with articles: " + e.getMessage());
            }
        }
        return problems;
    }
}
