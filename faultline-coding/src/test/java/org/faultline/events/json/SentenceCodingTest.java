package org.faultline.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.faultline.events.TestAnnotator;
import org.faultline.events.TestCoder;
import org.junit.jupiter.api.Test;

/** faultline code's contract: JSON Lines in, one {"id","events"} line out per input line (DESIGN.md). */
class SentenceCodingTest {
    private static final List<String> EVENT_FIELDS = List.of("id", "sentence_index", "evidence", "trigger", "type", "mode", "context",
            "cameo", "goldstein", "quad", "source", "target", "date", "date_precision", "location", "factuality", "claimed_by",
            "confidence", "incident_id", "path");
    private static final List<String> ACTOR_FIELDS = List.of("text", "name", "country", "sector", "code", "wikidata");

    private final SentenceCoding coding = new SentenceCoding(TestAnnotator.get(), TestCoder.get());
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesOneLinePerInputWithTheContractFields() throws Exception {
        String in = """
                {"id":"s1","text":"Azerbaijani troops shelled Armenian positions near Jermuk on Monday.","date":"2023-09-20"}

                {"id":"s2","text":"The weather was pleasant."}
                not json
                {"id":"s4","text":"Armenia condemned the attack.","date":"20 September"}
                """;
        StringWriter out = new StringWriter();
        SentenceCoding.Summary summary = coding.run(new BufferedReader(new StringReader(in)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) lines.add(mapper.readTree(l));

        assertThat(summary.lines()).isEqualTo(4);
        assertThat(summary.errors()).isEqualTo(2);
        assertThat(lines).hasSize(4);
        JsonNode first = lines.get(0);
        assertThat(first.get("id").asText()).isEqualTo("s1");
        JsonNode event = first.get("events").get(0);
        assertThat(iterable(event.fieldNames())).containsExactlyElementsOf(EVENT_FIELDS);
        assertThat(iterable(event.get("source").fieldNames())).containsExactlyElementsOf(ACTOR_FIELDS);
        assertThat(event.get("type").asText()).isEqualTo("ASSAULT");
        assertThat(event.get("source").get("country").asText()).isEqualTo("AZE");
        assertThat(event.get("factuality").asText()).isEqualTo("asserted");
        assertThat(event.get("date").asText()).isEqualTo("2023-09-18");
        assertThat(event.get("date_precision").asText()).isEqualTo("day");
        assertThat(event.get("id").asText()).isEqualTo("s1-0-0");
        assertThat(event.has("article_id")).isFalse();

        assertThat(lines.get(1).get("events")).isEmpty();
        assertThat(lines.get(2).get("id").isNull()).isTrue();
        assertThat(lines.get(2).get("error").asText()).contains("line 4").contains("JSON");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("s4");
        assertThat(lines.get(3).get("error").asText()).contains("date").contains("20 September");
    }

    @Test
    void parseNamesTheBadField() {
        assertThatThrownBy(() -> coding.parse("{\"text\":\"x\"}", 7)).hasMessageContaining("line 7").hasMessageContaining("\"id\"");
        assertThatThrownBy(() -> coding.parse("{\"id\":\"a\"}", 2)).hasMessageContaining("\"text\"");
    }

    @Test
    void exportFormAddsTheArticleId() {
        var events = coding.code(new SentenceCoding.Input("a1", "Turkey supported Azerbaijan.", null));
        assertThat(events).isNotEmpty();
        assertThat(EventJson.event(events.get(0), true).get("article_id").asText()).isEqualTo("a1");
        assertThat(EventJson.actor(null).isNull()).isTrue();
        assertThat(EventJson.location(null).isNull()).isTrue();
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
