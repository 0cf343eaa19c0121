package org.faultline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.faultline.actors.Actor;
import org.faultline.contract.ContractReader;
import org.faultline.events.Event;
import org.faultline.events.json.EventJson;
import org.faultline.incidents.ArticleInfo;
import org.faultline.incidents.Incident;
import org.faultline.incidents.IncidentJson;
import org.faultline.incidents.IncidentLinker;
import org.faultline.incidents.IncidentLinking;
import scala.Tuple2;

/**
 * Stage 3, incidents: events are partitioned by dyad (the two countries, in sorted order, so a
 * reversed dyad lands with its mirror) and by calendar month (of the event's date when the text
 * dates it to the month or day, else of the report), and the CLI's {@link IncidentLinker} groups
 * each partition. Incident ids derive from the first report's event id, so they do not depend on
 * the partitioning.
 * <p>
 * What this gives up against linking the whole corpus at once: an occurrence reported on both
 * sides of a month boundary, or once with both countries and once with one, yields two incidents.
 * <p>
 * Needs event rows (key = article id, json, published, outlet); gives rows {@code (kind, json)}:
 * every event again, with its incident id, and every incident ({@link IncidentJson}).
 */
final class IncidentStep {
    private IncidentStep() {}

    static JavaRDD<Row> link(JavaRDD<Row> events, PipelineSpec spec, int partitions) {
        return events.mapToPair(r -> new Tuple2<>(key(r), r)).groupByKey(partitions).flatMap(group -> {
            ObjectMapper mapper = new ObjectMapper();
            List<Event> list = new ArrayList<>();
            Map<String, ArticleInfo> articles = new HashMap<>();
            for (Row r : group._2()) {
                list.add(ContractReader.event(mapper.readTree(r.getString(2))));
                String published = r.getString(3);
                articles.putIfAbsent(r.getString(1), new ArticleInfo(r.getString(1),
                        published == null ? null : LocalDate.parse(published), r.getString(4)));
            }
            IncidentLinking linking = ExecutorPipelines.incidentLinker(spec).link(list, articles);
            List<Row> out = new ArrayList<>();
            for (Event e : linking.annotate(list)) out.add(RowFactory.create(Records.EVENT, EventJson.event(e, true).toString()));
            for (Incident i : linking.incidents()) out.add(RowFactory.create("incident", IncidentJson.incident(i).toString()));
            return out.iterator();
        });
    }

    /** Dyad and month of an event row. */
    static String key(Row r) throws Exception {
        Event e = ContractReader.event(new ObjectMapper().readTree(r.getString(2)));
        String a = country(e.source()), b = country(e.target());
        String dyad = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        String when = e.date() != null && e.date().length() >= 7 ? e.date().substring(0, 7)
                : r.getString(3) != null ? r.getString(3).substring(0, 7) : "undated";
        return dyad + "|" + when;
    }

    private static String country(Actor a) {
        return a == null || a.country() == null ? "" : a.country();
    }
}
