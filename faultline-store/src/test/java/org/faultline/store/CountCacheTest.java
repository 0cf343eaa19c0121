package org.faultline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept counts and aggregates are never served after another connection changed the data. */
class CountCacheTest {
    @TempDir Path dir;

    private static ArticleBundle article(String id, String evidence, String source) {
        Event e = Fixtures.event(id, 0, "ASSAULT", source, "EMR", "2023-05-0" + (1 + id.length() % 8), Factuality.ASSERTED);
        Event withText = new Event(e.id(), e.articleId(), e.sentenceIndex(), evidence, e.trigger(), e.type(), e.mode(), e.context(),
                e.cameo(), e.goldstein(), e.quad(), e.source(), e.target(), e.date(), e.datePrecision(), e.location(),
                e.factuality(), e.claimedBy(), e.confidence(), e.incidentId());
        return new ArticleBundle(Fixtures.article(id, "T " + id, Fixtures.filler(id.length())), null, List.of(withText), List.of());
    }

    @Test
    void textCountsAndActorTalliesFollowWritesOfThisAndOtherConnections() {
        Path db = dir.resolve("c.db");
        try (Store reader = Store.open(db); Store other = Store.open(db)) {
            reader.saveAll(List.of(article("a1", "Shelling was heard at night.", "NVL")));
            EventQuery shelling = EventQuery.all().text("shelling");
            assertThat(reader.countEvents(shelling)).isEqualTo(1);
            assertThat(reader.countEvents(shelling.type("ASSAULT"))).isEqualTo(1);
            assertThat(reader.actorTallyPage(null, 50, 0).total()).isEqualTo(2);
            // asked twice: the second answer may come from what was kept, and must be the same
            assertThat(reader.countEvents(shelling)).isEqualTo(1);

            // another store on the same file (as another process would) adds a match and a new actor
            other.saveAll(List.of(article("a22", "More shelling overnight.", "RVT")));
            assertThat(reader.countEvents(shelling)).isEqualTo(2);
            assertThat(reader.countEvents(shelling.type("ASSAULT"))).isEqualTo(2);
            assertThat(reader.actorTallyPage(null, 50, 0).total()).isEqualTo(3);

            // and this store's own write, a deletion
            reader.delete("a1");
            assertThat(reader.countEvents(shelling)).isEqualTo(1);
            assertThat(reader.actorTallyPage(null, 50, 0).total()).isEqualTo(2);
        }
    }
}
