package org.faultline.analysis;

import java.time.LocalDate;

/**
 * One step of a dyad's tension series.
 *
 * @param period      first day of the period (the day, or the Monday of the week)
 * @param raw         the period's tension: sum of its occurrences' weighted conflict intensity
 * @param smoothed    exponentially smoothed {@code raw}, the line to read trends from
 * @param occurrences incidents (or ungrouped events) in the period, each counted once
 * @param reports     event mentions behind them
 */
public record TensionPoint(LocalDate period, double raw, double smoothed, int occurrences, int reports) {}
