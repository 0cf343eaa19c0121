package org.faultline.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The step of a tension series: a day, or an ISO week (Monday to Sunday). */
public enum Granularity {
    DAILY, WEEKLY;

    /** The first day of the period holding {@code date}. */
    public LocalDate periodStart(LocalDate date) {
        return this == DAILY ? date : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate next(LocalDate periodStart) {
        return this == DAILY ? periodStart.plusDays(1) : periodStart.plusWeeks(1);
    }
}
