package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inline PLOVER markup read into role tags, on sentences written for this test. */
class PloverMarkupTest {
    @Test
    void sourceAndTargetSpansBecomeTags() {
        Optional<TaggedSentence> t = PloverMarkup.tag("The Northland navy shelled a port in Southland on Friday.",
                "The (SRC: Northland navy) (EVT: shelled) a port in (TAR: Southland) on Friday.", 7);
        assertTrue(t.isPresent());
        assertEquals(List.of("O", "B-S", "I-S", "O", "O", "O", "O", "B-T", "O", "O"), t.get().tags());
        assertEquals("The Northland navy shelled a port in Southland on Friday.", t.get().text());
        assertEquals(List.of(new GoldSpan(RoleLabel.SOURCE, 1, 3), new GoldSpan(RoleLabel.TARGET, 7, 8)), t.get().spans());
        assertEquals(7, t.get().line());
    }

    @Test
    void reciprocalActorsAreSourcesAndAdjacentSpansStaySeparate() {
        Optional<TaggedSentence> t = PloverMarkup.tag("Officials of Eastia and Westia met today.",
                "Officials of (SRC/TAR: Eastia) and (SRC/TAR: Westia) (EVT: met) today.", 1);
        assertEquals(List.of("O", "O", "B-S", "O", "B-S", "O", "O"), t.orElseThrow().tags());
        Optional<TaggedSentence> adjacent = PloverMarkup.tag("Eastia Westia talks.", "(SRC: Eastia) (SRC: Westia) talks.", 1);
        assertEquals(List.of("B-S", "B-S", "O"), adjacent.orElseThrow().tags());
    }

    @Test
    void markupThatIsNotTheTextOrMarksNoRoleGivesNothing() {
        assertTrue(PloverMarkup.tag("Eastia protested.", "(SRC: Westia) protested.", 1).isEmpty());
        assertTrue(PloverMarkup.tag("Eastia protested.", "Eastia (EVT: protested).", 1).isEmpty());
    }
}
