package org.faultline.store;

import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.commitments.StatusChange;
import org.faultline.incidents.Incident;

/** Claims, incidents, contradictions and commitments built in code, every field set. Invented countries NVL and EMR. */
final class LinkFixtures {
    private LinkFixtures() {}

    static Claim claim(String articleId, int ordinal, String speakerCountry, Stance stance, String aboutCountry,
                       String content) {
        Actor speaker = Fixtures.actor("the " + speakerCountry + " ministry", speakerCountry, "GOV");
        Actor about = aboutCountry == null ? null : Fixtures.actor(aboutCountry + " forces", aboutCountry, "MIL");
        return new Claim(articleId + "-c" + ordinal, articleId, ordinal % 3, speaker, ordinal % 2 == 0 ? "said" : "claimed",
                content, ordinal % 2 == 0, stance, about, List.of(articleId + "-e" + ordinal), "2024-03-1" + ordinal % 10);
    }

    static Incident incident(String id, String source, String target, String family, String first, String last,
                             int sources, String... eventIds) {
        return new Incident(id, source, target, family, first, last, "Placeville", List.of(eventIds),
                List.of("art-a", "art-b"), sources, "2024-03-14", "2024-03-15");
    }

    static Contradiction contradiction(String id, Claim a, Claim b, String incidentId, ContradictionKind kind) {
        return new Contradiction(id, a.id(), b.id(), incidentId, kind, "One side says " + a.content() + "; the other says "
                + b.content());
    }

    static Commitment commitment(String id, String kind, List<String> countries, CommitmentStatus... statuses) {
        List<Actor> parties = countries.stream().map(c -> Fixtures.actor("Gov" + c, c, "GOV")).toList();
        List<StatusChange> history = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            history.add(new StatusChange(statuses[i], i == 0 ? null : "2024-04-0" + i, "art-" + i, i,
                    i == 0 ? null : "Evidence of step " + i + "."));
        }
        return new Commitment(id, kind, parties, "exchange of detainees " + id, "2024-03-01", null, history);
    }
}
