package org.faultline.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.nlp.Dependency;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Quote;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Developer aid: writes parses, quotes and events of the seeds to target/seed-dump.txt. */
@EnabledIfSystemProperty(named = "dump", matches = "true")
class SeedDumpTest {
    @Test
    void dump() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Doc d : ClaimKit.seedDocs()) {
            List<Event> events = ClaimKit.coder().code(d);
            sb.append("=== ").append(d.id()).append('\n');
            for (Quote q : d.quotes()) sb.append("QUOTE s").append(q.sentenceBegin()).append('-').append(q.sentenceEnd()).append(" [").append(q.speaker()).append(" / ").append(q.canonicalSpeaker()).append("] ").append(q.text()).append('\n');
            for (Sentence s : d.sentences()) {
                sb.append("\n# ").append(s.index()).append(": ").append(s.text()).append('\n');
                StringBuilder t = new StringBuilder();
                for (Token k : s.tokens()) t.append(k.index()).append(':').append(k.word()).append('/').append(k.pos()).append(k.ner().equals("O") ? "" : "/" + k.ner()).append(' ');
                sb.append("  ").append(t).append('\n');
                StringBuilder dd = new StringBuilder();
                for (Dependency x : s.dependencies()) dd.append(x.relation()).append('(').append(x.governor()).append(',').append(x.dependent()).append(") ");
                sb.append("  ").append(dd).append('\n');
                for (Event e : events) if (e.sentenceIndex() == s.index())
                    sb.append("  EV ").append(e.id()).append(' ').append(e.type()).append(' ').append(e.trigger()).append(' ')
                      .append(e.source() == null ? "-" : e.source().code()).append("->").append(e.target() == null ? "-" : e.target().code())
                      .append(' ').append(e.factuality()).append(" by ").append(e.claimedBy() == null ? "-" : e.claimedBy().code() + "(" + e.claimedBy().text() + ")").append('\n');
            }
        }
        Files.writeString(Path.of("target/seed-dump.txt"), sb.toString());
    }
}
