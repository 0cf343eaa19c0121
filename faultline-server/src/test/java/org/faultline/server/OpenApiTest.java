package org.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faultline.server.bench.SampleCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
    @TempDir Path dir;

    @Test
    void documentParsesAndListsEveryRouteAndParameter() {
        try (Store store = Store.open(dir.resolve("o.db")); FaultlineServer server =
                new FaultlineServer(store, null, ServerOptions.defaults()).start(0)) {
            SampleCorpus.fill(store, 3);
            Api api = new Api(server.port());
            Api.Response r = api.get("/api/openapi.json");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            JsonNode doc = r.json();
            assertThat(doc).as("parses as JSON").isNotNull();
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            JsonNode paths = doc.get("paths");

            Set<String> documented = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
            }
            assertThat(documented).containsExactlyInAnyOrderElementsOf(server.routes());

            // every documented query parameter is accepted by the server (an empty value counts as absent)
            for (String route : server.routes()) {
                if (!route.startsWith("GET ") || route.contains("{")) continue;
                String path = route.substring(4);
                JsonNode params = paths.get(path).get("get").get("parameters");
                if (params == null) continue;
                for (JsonNode param : params) {
                    String name = param.get("name").asText();
                    Api.Response answer = api.get(path + "?" + name + "=");
                    boolean refused = answer.status() == 400 && answer.json().get("reason").asText().startsWith("unknown parameter");
                    assertThat(refused).as(path + " accepts " + name).isFalse();
                }
            }
            // $refs resolve
            JsonNode schemas = doc.get("components").get("schemas");
            for (String ref : refs(doc, new HashSet<>()))
                assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        }
    }

    private static Set<String> refs(JsonNode node, Set<String> out) {
        if (node.has("$ref")) out.add(node.get("$ref").asText());
        node.forEach(child -> refs(child, out));
        return out;
    }
}
