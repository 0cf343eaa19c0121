package org.faultline.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * An escalation alert: a period whose tension rose beyond the dyad's own rolling baseline.
 *
 * @param dyad        the dyad, e.g. "ARM-AZE"
 * @param period      the period that triggered it
 * @param value       its raw tension
 * @param baseline    mean tension of the baseline window before it
 * @param threshold   the level it had to exceed (baseline + k standard deviations, at least the floor)
 * @param eventIds    the events that drove it, strongest first
 * @param explanation a readable account: what happened, against what baseline
 */
public record Alert(String dyad, LocalDate period, double value, double baseline, double threshold,
                    List<String> eventIds, String explanation) {
    public Alert {
        eventIds = List.copyOf(eventIds);
    }
}
