package org.faultline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionFinder;
import org.faultline.claims.json.ContradictionJson;
import org.faultline.contract.ContractReader;
import org.faultline.events.Event;
import scala.Tuple2;

/**
 * Stage 4, contradictions: claims are grouped by the incidents their events belong to, and by
 * article, and the CLI's {@link ContradictionFinder} runs within each group, with the events the
 * group's claims cite. A contradiction found in two groups has the same id (built from its two
 * claim ids) and is kept once.
 * <p>
 * What this gives up against the whole-corpus finder: a pair of claims from different articles
 * that share no incident (one party's claim against the party it is about, on another day) is not
 * compared.
 * <p>
 * Needs claim rows {@code (claim json, published)} and the linked events' JSON; gives
 * contradictions as contract JSON ({@link ContradictionJson}).
 */
final class ContradictionStep {
    private ContradictionStep() {}

    static JavaRDD<String> find(JavaPairRDD<String, String> claimJsonWithDate, JavaRDD<String> linkedEvents, int partitions) {
        // claim id -> (claim json, date)
        JavaPairRDD<String, Tuple2<String, String>> claims = claimJsonWithDate.mapToPair(c ->
                new Tuple2<>(new ObjectMapper().readTree(c._1()).get("id").asText(), c));
        JavaPairRDD<String, String> eventsById = linkedEvents.mapToPair(e -> new Tuple2<>(new ObjectMapper().readTree(e).get("id").asText(), e));
        // event id -> claim id, joined with the event: each claim's cited events
        JavaPairRDD<String, String> citing = claims.flatMapToPair(c -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (JsonNode id : new ObjectMapper().readTree(c._2()._1()).path("event_ids")) out.add(new Tuple2<>(id.asText(), c._1()));
            return out.iterator();
        });
        JavaPairRDD<String, Iterable<String>> citedByClaim = citing.join(eventsById, partitions)
                .mapToPair(x -> new Tuple2<>(x._2()._1(), x._2()._2())).groupByKey(partitions);
        JavaPairRDD<String, Tuple2<Tuple2<String, String>, Iterable<String>>> withEvents = claims.leftOuterJoin(citedByClaim, partitions)
                .mapValues(v -> new Tuple2<>(v._1(), v._2().orElse(List.of())));
        // group key -> (claim, its events): by article, and by each incident its events belong to
        return withEvents.flatMapToPair(x -> {
            ObjectMapper m = new ObjectMapper();
            Set<String> keys = new LinkedHashSet<>();
            keys.add("article:" + m.readTree(x._2()._1()._1()).get("article_id").asText());
            for (String e : x._2()._2()) {
                JsonNode inc = m.readTree(e).get("incident_id");
                if (inc != null && !inc.isNull()) keys.add("incident:" + inc.asText());
            }
            List<Tuple2<String, Tuple2<Tuple2<String, String>, Iterable<String>>>> out = new ArrayList<>();
            for (String k : keys) out.add(new Tuple2<>(k, x._2()));
            return out.iterator();
        }).groupByKey(partitions).mapPartitions(groups -> {
            // One finder per task: it loads its cue book, and is stateless across groups.
            ContradictionFinder finder = new ContradictionFinder();
            ObjectMapper m = new ObjectMapper();
            List<String> out = new ArrayList<>();
            while (groups.hasNext()) {
            Tuple2<String, Iterable<Tuple2<Tuple2<String, String>, Iterable<String>>>> group = groups.next();
            List<Claim> cl = new ArrayList<>();
            Map<String, Event> evs = new HashMap<>();
            for (Tuple2<Tuple2<String, String>, Iterable<String>> c : group._2()) {
                cl.add(ContractReader.claim(m.readTree(c._1()._1()), c._1()._2()));
                for (String e : c._2()) {
                    Event ev = ContractReader.event(m.readTree(e));
                    evs.put(ev.id(), ev);
                }
            }
            List<Contradiction> found = finder.find(cl, new ArrayList<>(evs.values()),
                    id -> evs.containsKey(id) ? evs.get(id).incidentId() : null);
            for (Contradiction c : found) out.add(ContradictionJson.contradiction(c).toString());
            }
            return out.iterator();
        }).mapToPair(j -> new Tuple2<>(new ObjectMapper().readTree(j).get("id").asText(), j))
                .reduceByKey((a, b) -> a, partitions).values();
    }
}
