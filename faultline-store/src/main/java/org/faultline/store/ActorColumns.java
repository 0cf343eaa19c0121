package org.faultline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.faultline.actors.Actor;

/**
 * An actor spread over six columns {@code <prefix>_text, _name, _country, _sector, _code,
 * _wikidata}; a null actor is six NULLs (text is never null for a real one).
 */
final class ActorColumns {
    private ActorColumns() {}

    static String names(String prefix) {
        return prefix + "_text, " + prefix + "_name, " + prefix + "_country, " + prefix + "_sector, "
                + prefix + "_code, " + prefix + "_wikidata";
    }

    /** Sets six parameters from {@code i}; returns the next parameter index. */
    static int set(PreparedStatement ps, int i, Actor a) throws SQLException {
        ps.setString(i++, a == null ? null : a.text());
        ps.setString(i++, a == null ? null : a.name());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.sector());
        ps.setString(i++, a == null ? null : a.code());
        ps.setString(i++, a == null ? null : a.wikidata());
        return i;
    }

    static Actor read(ResultSet rs, int first) throws SQLException {
        String text = rs.getString(first);
        if (text == null) return null;
        return new Actor(text, rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5));
    }
}
