package org.faultline.commitments;

import java.util.List;
import org.faultline.actors.Actor;

/**
 * A proposal, offer, demand, agreement or pledge tracked through later reports.
 *
 * @param id       stable id
 * @param kind     proposal, offer, demand, agreement or pledge
 * @param parties  the actors committing or asked to commit
 * @param content  what is committed to ("prisoner exchange", "peace treaty by the end of the year")
 * @param madeOn   date it was first reported made (ISO), or null
 * @param status   current status (the last of history)
 * @param history  status changes in order, each with evidence
 */
public record Commitment(String id, String kind, List<Actor> parties, String content, String madeOn,
                         CommitmentStatus status, List<StatusChange> history) {
    public Commitment {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("commitment id must not be blank");
        parties = List.copyOf(parties);
        history = List.copyOf(history);
        if (history.isEmpty()) throw new IllegalArgumentException("commitment " + id + " needs at least one status change");
        status = history.get(history.size() - 1).status();
    }
}
