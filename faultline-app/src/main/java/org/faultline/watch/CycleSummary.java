package org.faultline.watch;

import java.util.List;

/**
 * What one watch cycle did.
 *
 * @param polled    sources polled (due ones)
 * @param failed    names of the sources whose poll failed
 * @param newItems  items not seen before
 * @param stored    new articles stored
 * @param events    events coded from them
 * @param alerts    alerts fired for the first time
 * @param delivered alert deliveries made
 */
public record CycleSummary(int polled, List<String> failed, int newItems, int stored, int events, int alerts, int delivered) {
    public CycleSummary {
        failed = List.copyOf(failed);
    }
}
