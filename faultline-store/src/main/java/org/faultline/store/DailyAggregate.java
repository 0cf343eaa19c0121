package org.faultline.store;

import java.time.LocalDate;

/**
 * Events of a dyad on one day, with every incident counted once (see
 * {@link Store#dailyAggregates}). The input of a tension index.
 *
 * @param date                the day
 * @param events              occurrences: incidents plus events not grouped into an incident
 * @param goldsteinSum        sum of each occurrence's Goldstein score (its most extreme report's)
 * @param verbalCooperation   occurrences of quad class 1
 * @param materialCooperation occurrences of quad class 2
 * @param verbalConflict      occurrences of quad class 3
 * @param materialConflict    occurrences of quad class 4
 * @param reports             event mentions behind those occurrences (&gt;= events)
 */
public record DailyAggregate(LocalDate date, int events, double goldsteinSum, int verbalCooperation,
                             int materialCooperation, int verbalConflict, int materialConflict, int reports) {
    /** Occurrences of quad class {@code quad} (1..4). */
    public int quad(int quad) {
        return switch (quad) {
            case 1 -> verbalCooperation;
            case 2 -> materialCooperation;
            case 3 -> verbalConflict;
            case 4 -> materialConflict;
            default -> throw new IllegalArgumentException("quad must be 1..4, was " + quad);
        };
    }
}
