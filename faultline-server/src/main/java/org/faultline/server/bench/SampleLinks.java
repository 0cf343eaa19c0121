package org.faultline.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.actors.Actor;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.commitments.Commitment;
import org.faultline.commitments.CommitmentStatus;
import org.faultline.commitments.StatusChange;
import org.faultline.incidents.Incident;

/**
 * The corpus-level results for {@link SampleCorpus} articles 0..count-1, set by hand: each
 * article's accusation and denial form a contradiction; the shelling reported by articles n and
 * n + 2·dyads (same sides, same direction) is one incident told twice; every third article's
 * proposed talks are a commitment, agreed in a later article when there is one.
 *
 * @param incidents      incidents (their event ids give the events' incident ids)
 * @param contradictions contradictions
 * @param commitments    commitments
 */
public record SampleLinks(List<Incident> incidents, List<Contradiction> contradictions, List<Commitment> commitments) {
    public static SampleLinks of(int count) {
        List<Incident> incidents = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        int period = 2 * SampleCorpus.dyads();
        for (int n = 0; n < count; n++) {
            SampleCorpus.Item it = SampleCorpus.item(n);
            String id = it.article().id();
            contradictions.add(new Contradiction("ctr-" + id, it.claims().get(0).id(), it.claims().get(1).id(), null,
                    ContradictionKind.ACCUSATION_DENIAL, "One side accuses the other of breaking the ceasefire; the other denies it.",
                    0.5 + (n % 5) / 10.0)); // varied scores, so lists sorted on them and thresholds have something to do
            if ((n / period) % 2 == 0) {
                List<String> events = new ArrayList<>(List.of(it.events().get(0).id()));
                List<String> articles = new ArrayList<>(List.of(id));
                String last = it.events().get(0).date();
                if (n + period < count) {
                    SampleCorpus.Item twin = SampleCorpus.item(n + period);
                    events.add(twin.events().get(0).id());
                    articles.add(twin.article().id());
                    last = twin.events().get(0).date();
                }
                String[] d = SampleCorpus.dyadOf(n);
                String first = it.events().get(0).date();
                incidents.add(new Incident("inc-" + id, d[0], d[1], "ASSAULT", min(first, last), max(first, last),
                        it.events().get(0).location().name(), events, articles, articles.size(),
                        it.article().published().toString(), max(first, last)));
            }
            if (n % 3 == 0) commitments.add(commitment(n, count));
        }
        return new SampleLinks(incidents, contradictions, commitments);
    }

    private static Commitment commitment(int n, int count) {
        SampleCorpus.Item it = SampleCorpus.item(n);
        SampleCorpus.State[] d = SampleCorpus.sides(n);
        List<Actor> parties = List.of(new Actor(d[0].name(), d[0].name(), d[0].code(), "GOV", d[0].code() + "GOV", null),
                new Actor(d[1].name(), d[1].name(), d[1].code(), "GOV", d[1].code() + "GOV", null));
        String date = it.article().published().toString();
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(CommitmentStatus.PROPOSED, date, it.article().id(), 4, it.doc().sentences().get(4).text()));
        if (n + 1 < count && n % 2 == 0) {
            SampleCorpus.Item later = SampleCorpus.item(n + 1);
            history.add(new StatusChange(CommitmentStatus.AGREED, later.article().published().toString(), later.article().id(),
                    4, later.doc().sentences().get(4).text()));
        }
        return new Commitment(String.format(Locale.ROOT, "com-%05d", n), "proposal", parties,
                "talks in " + SampleCorpus.MEDIATORS[(n / 3) % SampleCorpus.MEDIATORS.length].capital(), date, null, history);
    }

    private static String min(String a, String b) { return a.compareTo(b) <= 0 ? a : b; }

    private static String max(String a, String b) { return a.compareTo(b) >= 0 ? a : b; }
}
