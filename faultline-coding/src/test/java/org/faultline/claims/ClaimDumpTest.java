package org.faultline.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.nlp.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Developer aid: writes the claims of the seeds to target/claims-dump.txt. */
@EnabledIfSystemProperty(named = "dump", matches = "true")
class ClaimDumpTest {
    @Test
    void dump() throws Exception {
        StringBuilder sb = new StringBuilder();
        ClaimExtractor x = new ClaimExtractor(ClaimKit.resolver());
        List<Path> files = ClaimKit.seedFiles();
        List<Doc> docs = ClaimKit.seedDocs();
        List<Claim> all = new java.util.ArrayList<>();
        List<Event> allEvents = new java.util.ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            Doc d = docs.get(k);
            String title = ClaimKit.read(files.get(k)).lines().findFirst().orElse("");
            List<Event> events = ClaimKit.coder().code(d);
            allEvents.addAll(events);
            sb.append("=== ").append(d.id()).append(" author=").append(TitleAuthor.of(title).orElse("-")).append('\n');
            List<Claim> claims = x.extract(d, events, TitleAuthor.of(title).orElse(null));
            all.addAll(claims);
            for (Claim c : claims)
                sb.append(c.id()).append(" s").append(c.sentenceIndex()).append(' ').append(c.speaker().code()).append('(').append(c.speaker().text()).append(") ")
                  .append(c.cue()).append(' ').append(c.stance().label()).append(" about=").append(c.about() == null ? "-" : c.about().code())
                  .append(c.directQuote() ? " DIRECT" : "").append(" ev=").append(c.eventIds()).append("\n    ").append(c.content()).append('\n');
        }
        sb.append("=== contradictions\n");
        for (Contradiction c : new ContradictionFinder().find(all, allEvents))
            sb.append(c.id()).append(' ').append(c.kind().label()).append(' ').append(c.explanation()).append('\n');
        Files.writeString(Path.of("target/claims-dump.txt"), sb.toString());
    }
}
