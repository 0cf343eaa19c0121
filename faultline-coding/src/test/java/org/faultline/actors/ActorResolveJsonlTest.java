package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ActorResolveJsonlTest {
    private final ActorResolveJsonl jsonl = new ActorResolveJsonl(DictionaryActorResolver.bundled());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void resolvesEachLineAndReportsBadOnes() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"a\",\"text\":\"Pashinyan\",\"date\":\"2024-01-28\"}",
                "{\"id\":\"b\",\"text\":\"Azerbaijani troops\"}",
                "",
                "{\"id\":\"c\",\"text\":\"the weather\"}",
                "not json",
                "{\"id\":7,\"date\":\"2024-01-01\"}",
                "{\"id\":\"d\",\"text\":\"Baku\",\"date\":\"yesterday\"}");
        StringWriter out = new StringWriter();
        int n = jsonl.run(new BufferedReader(new StringReader(input)), out);
        String[] lines = out.toString().split("\n");
        assertThat(n).isEqualTo(6);
        assertThat(lines).hasSize(6);
        JsonNode a = json.readTree(lines[0]);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("country").asText()).isEqualTo("ARM");
        assertThat(a.get("sector").asText()).isEqualTo("GOV");
        assertThat(a.get("code").asText()).isEqualTo("ARMGOV");
        assertThat(a.get("name").asText()).isEqualTo("Nikol Pashinyan");
        assertThat(json.readTree(lines[1]).get("code").asText()).isEqualTo("AZEMIL");
        JsonNode c = json.readTree(lines[2]);
        assertThat(c.get("code").isNull()).isTrue();
        assertThat(c.has("country")).isTrue();
        assertThat(json.readTree(lines[3]).get("error").asText()).contains("line 5");
        JsonNode missing = json.readTree(lines[4]);
        assertThat(missing.get("id").asInt()).isEqualTo(7);
        assertThat(missing.get("error").asText()).contains("'text'");
        assertThat(json.readTree(lines[5]).get("error").asText()).contains("yesterday");
    }
}
