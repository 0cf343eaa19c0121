package org.faultline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Small helpers the query records share: WHERE clause building, code normalising, paging checks. */
final class QueryParts {
    private QueryParts() {}

    static void add(List<String> clauses, List<Object> params, String clause, Object value) {
        if (value == null) return;
        clauses.add(clause);
        params.add(value);
    }

    static String where(List<String> clauses) {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Country codes and enum-like values compare upper case; blank means "any". */
    static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void checkPage(int limit, int offset) {
        if (limit < -1) throw new IllegalArgumentException("limit must be >= 0 (or -1 for none), was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
        return ps;
    }
}
