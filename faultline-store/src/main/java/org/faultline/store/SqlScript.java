package org.faultline.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into single statements. JDBC runs one statement per call, and a
 * naive split on ';' would cut trigger bodies (BEGIN ... END;) apart, so this tracks them.
 * Handles what our migration files use: line comments, quoted strings, CREATE TRIGGER bodies
 * and PostgreSQL's $$-quoted function bodies.
 */
final class SqlScript {
    private SqlScript() {}

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '$' && i + 1 < n && script.charAt(i + 1) == '$') {
                // PostgreSQL dollar-quoted body (a function's): runs to the next $$, semicolons and all
                int end = script.indexOf("$$", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(script, i, end);
                i = end;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                if (end < 0) end = n - 1;
                current.append(script, i, end + 1);
                i = end + 1;
                continue;
            }
            current.append(c);
            i++;
            if (c == ';' && !insideTrigger(current)) {
                String stmt = current.toString().strip();
                if (stmt.length() > 1) out.add(stmt);
                current.setLength(0);
            }
        }
        String rest = current.toString().strip();
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }

    /** A CREATE TRIGGER statement ends only at "END;", not at the ';' of its inner statements. */
    private static boolean insideTrigger(StringBuilder stmt) {
        String upper = stmt.toString().strip().toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("CREATE TRIGGER") && !upper.startsWith("CREATE TEMP TRIGGER")) return false;
        String body = upper.substring(0, upper.length() - 1).stripTrailing();
        return !body.endsWith("END");
    }
}
