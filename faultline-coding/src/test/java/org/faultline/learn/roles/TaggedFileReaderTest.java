package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggedFileReaderTest {
    @TempDir Path dir;

    @Test
    void readsSentencesAndSpans() throws Exception {
        Path f = dir.resolve("roles.txt");
        Files.writeString(f, "Northern B-S\nmilitia I-S\nraided O\nthe B-T\nport I-T\n. O\n\nTalks B-R\nresumed O\n");
        List<TaggedSentence> s = TaggedFileReader.read(f);
        assertEquals(2, s.size());
        assertEquals("Northern militia raided the port .", s.get(0).text());
        assertEquals(List.of(new GoldSpan(RoleLabel.SOURCE, 0, 2), new GoldSpan(RoleLabel.TARGET, 3, 5)), s.get(0).spans());
        assertEquals(List.of(), s.get(1).spans(), "B-R is another role, neither source nor target");
        assertEquals(8, s.get(1).line());
    }

    @Test
    void aLineWithoutTagNamesFileAndLine() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "Rebels B-S\nfled\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaggedFileReader.read(f));
        assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
    }

    @Test
    void overlapAndExactMatch() {
        GoldSpan gold = new GoldSpan(RoleLabel.SOURCE, 2, 5);
        SpanScore overlap = SpanScore.of(List.of(new GoldSpan(RoleLabel.SOURCE, 4, 6)), List.of(gold), 0, false);
        SpanScore exact = SpanScore.of(List.of(new GoldSpan(RoleLabel.SOURCE, 4, 6)), List.of(gold), 1, true);
        assertEquals(1.0, overlap.f1());
        assertEquals(0.0, exact.f1());
        assertEquals(2, exact.gold(), "a span the parse lost still counts as gold");
    }
}
