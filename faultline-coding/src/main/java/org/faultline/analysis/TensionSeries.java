package org.faultline.analysis;

import java.util.List;

/**
 * A dyad's tension over time with the alerts it raised.
 *
 * @param dyad        e.g. "ARM-AZE" (both directions unless {@code directed})
 * @param directed    true when only events from the first to the second country count
 * @param granularity daily or weekly
 * @param points      one per period from the first to the last active one, quiet periods included
 * @param alerts      escalation alerts, in date order
 */
public record TensionSeries(String dyad, boolean directed, Granularity granularity, List<TensionPoint> points,
                            List<Alert> alerts) {
    public TensionSeries {
        points = List.copyOf(points);
        alerts = List.copyOf(alerts);
    }
}
