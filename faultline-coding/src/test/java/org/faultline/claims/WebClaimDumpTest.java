package org.faultline.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Shared;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Developer aid: claims and contradictions of the English news pages of the web-page set, to target/web-claims.txt. */
@EnabledIfSystemProperty(named = "dump", matches = "true")
class WebClaimDumpTest {
    @Test
    void dump() throws Exception {
        ObjectMapper m = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        ClaimExtractor x = new ClaimExtractor(ClaimKit.resolver());
        List<Claim> all = new ArrayList<>();
        List<Event> allEvents = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Shared.dir().resolve("corpus/web-pages/index.jsonl"))) {
            JsonNode j = m.readTree(line);
            if (!j.path("is_news").asBoolean() || !"en".equals(j.path("lang").asText("en")) || n++ >= 25) continue;
            String text = j.path("expected_text").asText();
            if (text.length() > 12000) text = text.substring(0, 12000);
            Doc d = ClaimKit.annotate("w" + n, text, null);
            List<Event> ev = ClaimKit.coder().code(d);
            List<Claim> claims = x.extract(d, ev, TitleAuthor.of(j.path("title").asText()).orElse(null));
            all.addAll(claims);
            allEvents.addAll(ev);
            sb.append("=== ").append(j.path("title").asText()).append('\n');
            for (Claim c : claims)
                sb.append(c.id()).append(' ').append(c.speaker().code()).append('(').append(c.speaker().text()).append(") ")
                  .append(c.cue()).append(' ').append(c.stance().label()).append(" about=").append(c.about() == null ? "-" : c.about().code())
                  .append(c.directQuote() ? " DIRECT" : "").append(" | ").append(c.content(), 0, Math.min(120, c.content().length())).append('\n');
        }
        sb.append("=== contradictions\n");
        for (Contradiction c : new ContradictionFinder().find(all, allEvents))
            sb.append(c.kind().label()).append(' ').append(c.explanation()).append('\n');
        Files.writeString(Path.of("target/web-claims.txt"), sb.toString());
    }
}
