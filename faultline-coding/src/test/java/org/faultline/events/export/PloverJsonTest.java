package org.faultline.events.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.Test;

/** The PLOVER record uses the manual's field table: lists of actor objects, YYYY-MM-DD dates, geonames-style place. */
class PloverJsonTest {
    private static Event event(String date, DatePrecision precision, Actor target, Location place) {
        return new Event("e1", "a1", 3, "Ruritanian troops shelled a village in Zenda, officials said.", "shelled", "ASSAULT",
                "aerial", List.of("military"), "195", -10, 4, new Actor("Ruritanian troops", "Ruritania", "RUR", "MIL", "RURMIL", null),
                target, date, precision, place, Factuality.REPORTED, null, 0.8, "inc-7", Event.RULES_QUAD);
    }

    @Test
    void dayDatedEventWithBothSidesAndAPlace() {
        JsonNode n = PloverJson.event(event("2024-03-02", DatePrecision.DAY, new Actor("Zenda", "Zenda", "ZEN", null, "ZEN", null),
                new Location("Strelsau", "ZEN", 50.1, 14.4)), new ArticleOrigin("Test Wire", "https://wire.example/a1"));
        assertThat(n.get("id").asText()).isEqualTo("e1");
        assertThat(n.get("date").asText()).isEqualTo("2024-03-02");
        assertThat(n.has("enddate")).isFalse();
        assertThat(n.get("event").isArray()).isTrue();
        assertThat(n.get("event").get(0).asText()).isEqualTo("ASSAULT");
        assertThat(n.get("source").get(0).get("code").asText()).isEqualTo("RUR");
        assertThat(n.get("source").get(0).get("sector").asText()).isEqualTo("MIL");
        assertThat(n.get("source").get(0).get("actor_text").asText()).isEqualTo("Ruritanian troops");
        assertThat(n.get("recipient").get(0).get("code").asText()).isEqualTo("ZEN");
        assertThat(n.get("quad_code").asInt()).isEqualTo(4);
        assertThat(n.get("event_scale").asDouble()).isEqualTo(-10.0);
        assertThat(n.get("event_loc").get("latitude").asDouble()).isEqualTo(50.1);
        assertThat(n.get("event_loc").get("cc3").asText()).isEqualTo("ZEN");
        assertThat(n.get("text_info").get("sequence").asInt()).isEqualTo(3);
        assertThat(n.get("cite_info").get("url").asText()).isEqualTo("https://wire.example/a1");
        assertThat(n.get("cite_info").get("publication").asText()).isEqualTo("Test Wire");
        assertThat(n.get("coding_path").asText()).isEqualTo(Event.RULES_QUAD);
        assertThat(n.get("factuality").asText()).isEqualTo("reported");
    }

    @Test
    void vagueDatesBecomeAPeriodAndAMissingSideAnEmptyList() {
        JsonNode year = PloverJson.event(event("2020", DatePrecision.YEAR, null, null), ArticleOrigin.UNKNOWN);
        assertThat(year.get("date").asText()).isEqualTo("2020-01-01");
        assertThat(year.get("enddate").asText()).isEqualTo("2020-12-31");
        assertThat(year.get("recipient").isArray()).isTrue();
        assertThat(year.get("recipient")).isEmpty();
        assertThat(year.has("event_loc")).isFalse();
        assertThat(year.get("cite_info").has("url")).isFalse();
        JsonNode month = PloverJson.event(event("2024-02", DatePrecision.MONTH, null, null), null);
        assertThat(month.get("date").asText()).isEqualTo("2024-02-01");
        assertThat(month.get("enddate").asText()).as("leap year").isEqualTo("2024-02-29");
    }
}
