package org.faultline.actors.petrarch;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bracketed code of a PETRARCH2 actor entry, e.g. {@code [AZEGOV 030804-031104]},
 * {@code [ARMGOV >080409]} (from that day on), {@code [USRARM <900823]} (until that day) or
 * {@code [ARMELI]} (undated: applies when no dated role does).
 *
 * @param code the CAMEO-style code as written (upper case, e.g. AZEGOV, IGOUNOHRIHCH)
 * @param from first day, or null when open or undated
 * @param to   last day, or null when open or undated
 * @param line 1-based line of the role in its file, for messages
 */
public record PetrarchRole(String code, LocalDate from, LocalDate to, int line) {
    public PetrarchRole {
        Objects.requireNonNull(code, "code");
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("role " + code + " ends (" + to + ") before it starts (" + from + ")");
    }

    /** True for a role without dates: PETRARCH's default for the entry. */
    public boolean undated() { return from == null && to == null; }
}
